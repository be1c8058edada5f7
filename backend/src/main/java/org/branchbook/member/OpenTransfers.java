package org.branchbook.member;

import java.util.UUID;

/**
 * Whether a member has a transfer (组织关系转接) under way: while one is open the member stays where
 * they are, so moves and leaving the roster wait. Implemented by the transfer feature.
 */
public interface OpenTransfers {

    boolean open(UUID memberId);
}
