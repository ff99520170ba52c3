package io.github.cact.ninebox;

import java.util.Objects;
import java.util.Optional;

/**
 * The nine-box result of one person: a {@link BoxResult} when placed, a reason when not, and always an
 * {@link AuditRecord}. A placement is a recommendation for a human decision, not a decision. Immutable and
 * thread-safe.
 */
public final class Placement {

    private final String personId;
    private final String unit;
    private final BoxResult result;
    private final UnplacedReason reasonCode;
    private final String reason;
    private final AuditRecord audit;

    private Placement(String personId, String unit, BoxResult result, UnplacedReason reasonCode, String reason,
            AuditRecord audit) {
        this.personId = personId;
        this.unit = unit;
        this.result = result;
        this.reasonCode = reasonCode;
        this.reason = reason;
        this.audit = audit;
    }

    static Placement placed(PersonInput person, BoxResult result, AuditRecord audit) {
        return new Placement(person.id(), person.unit(), result, null, null, audit);
    }

    static Placement unplaced(PersonInput person, UnplacedReason code, String reason, AuditRecord audit) {
        return new Placement(person.id(), person.unit(), null, code, reason, audit);
    }

    /**
     * Returns the person id.
     *
     * @return the id
     */
    public String personId() {
        return personId;
    }

    /**
     * Returns the unit of the person.
     *
     * @return the unit, or the empty string when none was given
     */
    public String unit() {
        return unit;
    }

    /**
     * Returns whether the person was placed.
     *
     * @return the status
     */
    public PlacementStatus status() {
        return result == null ? PlacementStatus.UNPLACED : PlacementStatus.PLACED;
    }

    /**
     * Returns where the person lands.
     *
     * @return where the person lands in the grid, or empty when {@link PlacementStatus#UNPLACED}
     */
    public Optional<BoxResult> result() {
        return Optional.ofNullable(result);
    }

    /**
     * Returns the first problem that kept the person from being placed.
     *
     * @return the reason code, or empty when placed
     */
    public Optional<UnplacedReason> reasonCode() {
        return Optional.ofNullable(reasonCode);
    }

    /**
     * Returns every problem that kept the person from being placed, each naming the person and the field.
     *
     * @return the message, e.g. {@code "person 'P7': no performance input ..."}, or empty when placed
     */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /**
     * Returns the audit record.
     *
     * @return the audit record
     */
    public AuditRecord audit() {
        return audit;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Placement other && personId.equals(other.personId) && unit.equals(other.unit)
                && Objects.equals(result, other.result) && reasonCode == other.reasonCode
                && Objects.equals(reason, other.reason) && audit.equals(other.audit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(personId, unit, result, reasonCode, reason, audit);
    }

    @Override
    public String toString() {
        return "Placement[" + personId + (unit.isEmpty() ? "" : " @ " + unit) + ", "
                + (result != null ? result : "UNPLACED " + reasonCode + ": " + reason) + "]";
    }
}
