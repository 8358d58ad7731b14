package org.ascassure.web.selfassessment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.ascassure.selfassessment.boundary.SelfAssessments;
import org.ascassure.selfassessment.control.NarrativeHtml;
import org.ascassure.selfassessment.entity.Narrative;
import org.ascassure.selfassessment.entity.NarrativeRevision;
import org.ascassure.selfassessment.entity.PublishedVersion;
import org.ascassure.selfassessment.entity.SelfAssessment;
import org.ascassure.selfassessment.entity.SelfScore;
import org.ascassure.selfassessment.entity.SignOff;

/** How self-assessments and their parts look to clients. */
final class SelfAssessmentViews {

  private SelfAssessmentViews() {}

  /** A self-assessment in a list. */
  public record Summary(
      long id,
      long councilId,
      String framework,
      String title,
      String periodLabel,
      String status,
      String versionLabel,
      LocalDateTime updatedAt,
      String updatedBy,
      long version) {
    static Summary of(SelfAssessment sa) {
      return new Summary(
          sa.getId(),
          sa.getCouncil().getId(),
          sa.getFramework().getCode(),
          sa.getTitle(),
          sa.getPeriodLabel(),
          sa.getStatus().name(),
          sa.getVersionLabel(),
          sa.getUpdatedAt(),
          sa.getUpdatedBy(),
          sa.getVersion());
    }
  }

  /** A self-assessment with the outline of every part. */
  public record Detail(
      long id,
      long councilId,
      String framework,
      String title,
      String periodLabel,
      String status,
      String statusNote,
      List<String> nextStatuses,
      String versionLabel,
      List<NarrativeOutline> narratives,
      List<ScoreView> scores,
      List<SignOffView> signOffs,
      long version) {
    static Detail of(SelfAssessment sa) {
      return new Detail(
          sa.getId(),
          sa.getCouncil().getId(),
          sa.getFramework().getCode(),
          sa.getTitle(),
          sa.getPeriodLabel(),
          sa.getStatus().name(),
          sa.getStatusNote(),
          sa.getStatus().next().stream().map(Enum::name).toList(),
          sa.getVersionLabel(),
          sa.getNarratives().stream().map(NarrativeOutline::of).toList(),
          sa.getScores().stream().map(ScoreView::of).toList(),
          sa.getSignOffs().stream().map(SignOffView::of).toList(),
          sa.getVersion());
    }
  }

  /** One part without its text. */
  public record NarrativeOutline(
      String slot,
      String section,
      String part,
      String subject,
      String label,
      boolean empty,
      int words,
      int revision,
      long version) {
    static NarrativeOutline of(Narrative n) {
      return new NarrativeOutline(
          n.getSlot(),
          n.getPart().section().name(),
          n.getPart().name(),
          n.getSubjectCode(),
          SelfAssessments.label(n),
          n.isEmpty(),
          NarrativeHtml.words(n.getBodyHtml()),
          n.getRevisionNumber(),
          n.getVersion());
    }
  }

  /** One part with its text. */
  public record NarrativeView(
      long selfAssessmentId,
      String slot,
      String label,
      String html,
      String text,
      int revision,
      LocalDateTime updatedAt,
      String updatedBy,
      long version) {
    static NarrativeView of(Narrative n) {
      return new NarrativeView(
          n.getSelfAssessment().getId(),
          n.getSlot(),
          SelfAssessments.label(n),
          n.getBodyHtml(),
          NarrativeHtml.text(n.getBodyHtml()),
          n.getRevisionNumber(),
          n.getUpdatedAt(),
          n.getUpdatedBy(),
          n.getVersion());
    }
  }

  /** A saved text of a narrative. */
  public record RevisionView(
      int number, LocalDateTime revisedAt, String revisedBy, int words, String html) {
    static RevisionView of(NarrativeRevision r) {
      return new RevisionView(
          r.getNumber(),
          r.getRevisedAt(),
          r.getRevisedBy(),
          NarrativeHtml.words(r.getBodyHtml()),
          r.getBodyHtml());
    }
  }

  /** A proposed score. */
  public record ScoreView(String statement, Integer score, String rationale, long version) {
    static ScoreView of(SelfScore s) {
      return new ScoreView(s.getStatementCode(), s.getScore(), s.getRationale(), s.getVersion());
    }
  }

  /** A stakeholder comment or endorsement. */
  public record SignOffView(
      long id,
      String kind,
      String name,
      String role,
      String organisation,
      LocalDate givenOn,
      String comment) {
    static SignOffView of(SignOff s) {
      return new SignOffView(
          s.getId(),
          s.getKind().name(),
          s.getPersonName(),
          s.getPersonRole(),
          s.getOrganisation(),
          s.getGivenOn(),
          s.getComment());
    }
  }

  /** A published version; the content only when one version is read. */
  public record VersionView(
      int number,
      String label,
      String note,
      LocalDateTime publishedAt,
      String publishedBy,
      String sha256,
      jakarta.json.JsonObject content) {
    static VersionView of(PublishedVersion v, boolean withContent) {
      return new VersionView(
          v.getNumber(),
          v.label(),
          v.getNote(),
          v.getCreatedAt(),
          v.getCreatedBy(),
          v.getContentSha256(),
          withContent
              ? jakarta.json.Json.createReader(new java.io.StringReader(v.getContentJson()))
                  .readObject()
              : null);
    }
  }
}
