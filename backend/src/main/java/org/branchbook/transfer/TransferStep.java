package org.branchbook.transfer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of a transfer's timeline: the move, the states around it, who took it and why. */
@Entity
@Table(name = "transfer_step")
public class TransferStep extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "transfer_id")
    public UUID transferId;

    @Enumerated(EnumType.STRING)
    public TransferMove move;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public TransferState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public TransferState toState;

    public String note;

    public Instant at;

    @Column(name = "by_name")
    public String byName;
}
