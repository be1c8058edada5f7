package org.branchbook.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.branchbook.member.OpenTransfers;

/** Tells the roster whether a member has a transfer under way. */
@ApplicationScoped
public class TransferGuard implements OpenTransfers {

    private final EntityManager em;

    public TransferGuard(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean open(UUID memberId) {
        return em.createQuery("select count(t) from Transfer t where t.memberId = :id and t.state in :open", Long.class)
                .setParameter("id", memberId).setParameter("open", TransferService.OPEN).getSingleResult() > 0;
    }
}
