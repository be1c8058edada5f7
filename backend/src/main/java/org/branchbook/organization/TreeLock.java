package org.branchbook.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Serializes changes to the organization tree's shape (create, move, type change, archive) with a
 * transaction-scoped PostgreSQL advisory lock, so two concurrent moves can never build a cycle.
 * Such changes are rare; reads never take it.
 */
@ApplicationScoped
class TreeLock {

    private static final long KEY = 0x6272616e6368L; // "branch"

    private final EntityManager em;

    TreeLock(EntityManager em) {
        this.em = em;
    }

    /** Blocks until this transaction holds the lock; released at commit or rollback. */
    void acquire() {
        em.createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", KEY).getSingleResult();
    }
}
