package org.branchbook.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import org.hibernate.annotations.DynamicUpdate;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** 党组织: one node of the tree under a 街道党工委. Archived, never deleted. */
@Entity
@DynamicUpdate // an edit writes only what it changed, never a stale path, parent or type
@Table(name = "organization")
public class Organization extends PanacheEntityBase {

    @Id
    public UUID id;

    public String code;

    public String name;

    @Column(name = "short_name")
    public String shortName;

    @Enumerated(EnumType.STRING)
    public OrgType type;

    @Enumerated(EnumType.STRING)
    public OrgCategory category;

    @Column(name = "parent_id")
    public UUID parentId;

    /** Ids from the root to this node, '/a/b/c/'; the subtree of x is every path starting with x.path. */
    public String path;

    public int depth;

    @Column(name = "established_on")
    public LocalDate establishedOn;

    public String address;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "resident_count")
    public Integer residentCount;

    @Column(name = "covered_unit_count")
    public Integer coveredUnitCount;

    @Column(name = "archived_at")
    public Instant archivedAt;

    @Column(name = "archived_on")
    public LocalDate archivedOn;

    @Column(name = "archive_reason")
    public String archiveReason;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean archived() {
        return archivedAt != null;
    }

    /** The audited fields. */
    public java.util.Map<String, Object> snapshot() {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("code", code);
        out.put("name", name);
        out.put("shortName", shortName);
        out.put("type", type);
        out.put("category", category);
        out.put("parentId", parentId);
        out.put("establishedOn", establishedOn);
        out.put("address", address);
        out.put("contactPhone", contactPhone);
        out.put("residentCount", residentCount);
        out.put("coveredUnitCount", coveredUnitCount);
        return out;
    }

    /** The community's own Party body: a 社区 organization directly under the street committee. */
    public boolean isCommunityBody(OrgType parentType) {
        return category == OrgCategory.COMMUNITY && parentType == OrgType.STREET_WORKING_COMMITTEE;
    }

    /**
     * The LIKE pattern matching this organization and everything below it. Paths hold only UUIDs and
     * slashes, so no LIKE escaping is needed.
     */
    public String subtreePattern() {
        return path + "%";
    }

    /** Places this node under {@code parent} (null for a root), fixing path and depth. */
    void placeUnder(Organization parent) {
        parentId = parent == null ? null : parent.id;
        path = (parent == null ? "/" : parent.path) + id + "/";
        depth = parent == null ? 0 : parent.depth + 1;
    }
}
