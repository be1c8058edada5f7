package org.branchbook.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** 审计记录: one write, sign-in or reveal. Append-only (a database trigger refuses updates and deletes). */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant at;

    @Column(name = "actor_type")
    public String actorType;

    @Column(name = "actor_id")
    public UUID actorId;

    @Column(name = "actor_name")
    public String actorName;

    public String action;

    @Column(name = "object_type")
    public String objectType;

    @Column(name = "object_id")
    public UUID objectId;

    @Column(name = "scope_path")
    public String scopePath;

    /** JSON: {"field": {"before": …, "after": …}}. */
    public String changes;

    @Column(name = "request_id")
    public String requestId;
}
