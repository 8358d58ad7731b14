package org.ascassure.provider.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ascassure.council.entity.Council;
import org.ascassure.platform.entity.Tracked;

/**
 * One import of a CQC care directory file: how many rows it has, how far it got, what it created,
 * changed and found unchanged, and the rows it could not use (one line each: "row 7: reason").
 */
@Entity
@Table(name = "provider_import")
public class ProviderImport extends Tracked {

  public static final int FILE_NAME_LENGTH = 255;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "council_id")
  private Council council;

  @Column(name = "file_name", nullable = false, length = FILE_NAME_LENGTH)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private ImportStatus status;

  @Column(name = "total_rows", nullable = false)
  private int totalRows;

  @Column(name = "done_rows", nullable = false)
  private int doneRows;

  @Column(name = "created_rows", nullable = false)
  private int createdRows;

  @Column(name = "updated_rows", nullable = false)
  private int updatedRows;

  @Column(name = "same_rows", nullable = false)
  private int sameRows;

  @Lob
  @Column(name = "problems")
  private String problems;

  @Column(name = "finished_at")
  private LocalDateTime finishedAt;

  protected ProviderImport() {}

  public ProviderImport(Council council, String fileName, int totalRows, List<String> problems) {
    this.council = council;
    this.fileName = fileName;
    this.totalRows = totalRows;
    this.status = ImportStatus.RUNNING;
    this.problems = String.join("\n", problems);
    this.doneRows = problems.size();
  }

  /** Adds a batch's results. */
  public void progress(int created, int updated, int same, List<String> rejected) {
    createdRows += created;
    updatedRows += updated;
    sameRows += same;
    doneRows += created + updated + same + rejected.size();
    if (!rejected.isEmpty()) {
      problems =
          (problems == null || problems.isEmpty() ? "" : problems + "\n")
              + String.join("\n", rejected);
    }
  }

  public void finish(ImportStatus outcome, LocalDateTime at) {
    status = outcome;
    finishedAt = at;
  }

  public void fail(String why, LocalDateTime at) {
    progress(0, 0, 0, List.of(why));
    finish(ImportStatus.FAILED, at);
  }

  public Long getId() {
    return id;
  }

  public long councilId() {
    return council.getId();
  }

  public String getFileName() {
    return fileName;
  }

  public ImportStatus getStatus() {
    return status;
  }

  public int getTotalRows() {
    return totalRows;
  }

  public int getDoneRows() {
    return doneRows;
  }

  public int getCreatedRows() {
    return createdRows;
  }

  public int getUpdatedRows() {
    return updatedRows;
  }

  public int getSameRows() {
    return sameRows;
  }

  public LocalDateTime getFinishedAt() {
    return finishedAt;
  }

  public List<String> getProblems() {
    return problems == null || problems.isEmpty()
        ? List.of()
        : new ArrayList<>(List.of(problems.split("\n")));
  }

  public int getRejectedRows() {
    return getProblems().size();
  }

  /** Percent of rows dealt with, for the progress bar. */
  public int getPercentDone() {
    return totalRows == 0 ? 100 : (int) Math.min(100, 100L * doneRows / totalRows);
  }

  /** What happened, in a sentence. */
  public String getSummary() {
    if (status == ImportStatus.RUNNING) {
      return "Importing: " + doneRows + " of " + totalRows + " rows done.";
    }
    String rejected =
        getRejectedRows() == 0
            ? ""
            : " "
                + getRejectedRows()
                + (getRejectedRows() == 1 ? " row" : " rows")
                + " could not be used.";
    if (status == ImportStatus.FAILED) {
      return "The import stopped." + rejected;
    }
    if (createdRows == 0 && updatedRows == 0) {
      return "Nothing changed: every usable row matched what is stored ("
          + sameRows
          + " unchanged)."
          + rejected;
    }
    return createdRows
        + " added, "
        + updatedRows
        + " changed, "
        + sameRows
        + " unchanged."
        + rejected;
  }

  @Override
  public String auditType() {
    return "ProviderImport";
  }

  @Override
  public Object auditId() {
    return id;
  }

  @Override
  public Long auditCouncilId() {
    return council == null ? null : council.getId();
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("fileName", fileName);
    state.put("status", status);
    state.put("totalRows", totalRows);
    state.put("doneRows", doneRows);
    state.put("createdRows", createdRows);
    state.put("updatedRows", updatedRows);
    state.put("sameRows", sameRows);
    return state;
  }
}
