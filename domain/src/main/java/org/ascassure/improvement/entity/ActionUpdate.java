package org.ascassure.improvement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ascassure.platform.entity.Tracked;

/** A dated progress note on an action, with its author and the state it left the action in. */
@Entity
@Table(name = "action_update")
@NamedQuery(
    name = ActionUpdate.OF_ACTION,
    query =
        "select u from ActionUpdate u where u.action.id = :actionId"
            + " order by u.writtenOn desc, u.id desc")
public class ActionUpdate extends Tracked {

  public static final String OF_ACTION = "ActionUpdate.ofAction";
  public static final int NOTE_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "action_id", updatable = false)
  private ImprovementAction action;

  @Column(name = "written_on", nullable = false, updatable = false)
  private LocalDate writtenOn;

  @Column(name = "author", nullable = false, length = Tracked.USER_NAME_LENGTH, updatable = false)
  private String author;

  @Column(name = "note", nullable = false, length = NOTE_LENGTH, updatable = false)
  private String note;

  @Enumerated(EnumType.STRING)
  @Column(name = "status_after", nullable = false, length = 20, updatable = false)
  private ActionStatus statusAfter;

  @Column(name = "percent_after", nullable = false, updatable = false)
  private int percentAfter;

  protected ActionUpdate() {}

  public ActionUpdate(ImprovementAction action, LocalDate writtenOn, String author, String note) {
    this.action = action;
    this.writtenOn = writtenOn;
    this.author = author;
    this.note = note.strip();
    this.statusAfter = action.getStatus();
    this.percentAfter = action.getPercentComplete();
  }

  public Long getId() {
    return id;
  }

  public ImprovementAction getAction() {
    return action;
  }

  public LocalDate getWrittenOn() {
    return writtenOn;
  }

  public String getAuthor() {
    return author;
  }

  public String getNote() {
    return note;
  }

  public ActionStatus getStatusAfter() {
    return statusAfter;
  }

  public int getPercentAfter() {
    return percentAfter;
  }

  @Override
  public String auditType() {
    return "ActionUpdate";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditCouncilId() {
    return action == null ? null : action.councilId();
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("action", action == null ? null : action.getId());
    state.put("writtenOn", writtenOn == null ? null : writtenOn.toString());
    state.put("author", author);
    state.put("note", note);
    state.put("statusAfter", statusAfter == null ? null : statusAfter.name());
    state.put("percentAfter", percentAfter);
    return state;
  }
}
