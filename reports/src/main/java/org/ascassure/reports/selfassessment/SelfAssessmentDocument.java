package org.ascassure.reports.selfassessment;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * A self-assessment as a document, assembled once and immutable: the working draft or one published
 * version, in the framework's order. Every renderer (PDF, Word) reads only this.
 *
 * <p>Narrative HTML is as stored (sanitised on write); renderers sanitise it again before use.
 *
 * @param selfAssessmentId the self-assessment's id
 * @param council the council's name
 * @param title the self-assessment's title
 * @param period the period it covers, e.g. "2025/26"
 * @param framework the framework's name
 * @param status the status label of the self-assessment (for a version: when it was published)
 * @param edition the working draft or a numbered version, and its date
 * @param sectionA the overview parts, in order
 * @param sectionB one section per theme, in order
 * @param sectionC how it was produced and who signed it off
 * @param evidenceIndex the appendix: every item cited, and every item of the council's evidence
 *     bank that is not withdrawn, by reference
 * @param predictedRating what the self-scores predict under the framework's rules
 */
public record SelfAssessmentDocument(
    long selfAssessmentId,
    String council,
    String title,
    String period,
    String framework,
    String status,
    Edition edition,
    List<Part> sectionA,
    List<ThemeSection> sectionB,
    SectionC sectionC,
    List<EvidenceEntry> evidenceIndex,
    PredictedRating predictedRating) {

  public SelfAssessmentDocument {
    sectionA = List.copyOf(sectionA);
    sectionB = List.copyOf(sectionB);
    evidenceIndex = List.copyOf(evidenceIndex);
  }

  /**
   * The working draft ({@code number} null, label "Working draft", dated the day it was rendered)
   * or a published version (number 2, label "v2", dated the day it was published).
   */
  public record Edition(Integer number, String label, LocalDate date) {

    public boolean isDraft() {
      return number == null;
    }
  }

  /**
   * One narrative part.
   *
   * @param slot the domain's slot, e.g. {@code KEY_RISKS} or {@code STATEMENT_PERFORMANCE:QS4}
   * @param heading the part's heading, e.g. "Key risks and challenges"
   * @param html its sanitised HTML, blank when nobody has written it
   */
  public record Part(String slot, String heading, String html) {

    public Part {
      html = html == null ? "" : html;
    }

    public boolean isEmpty() {
      return html.isBlank();
    }
  }

  /** Section B for one theme: its summary parts, its statements, then its plans. */
  public record ThemeSection(
      String code,
      String title,
      Part ambition,
      Part strengths,
      Part priorities,
      List<StatementSection> statements,
      Part plans) {

    public ThemeSection {
      statements = List.copyOf(statements);
    }
  }

  /**
   * One quality statement: "what is our performance and how do we know?" and the proposed score.
   *
   * @param selfScore the proposed score, null when none is proposed
   * @param selfScoreLabel the framework's words for it, e.g. "Good standard"
   * @param rationale why that score, blank when none is given
   */
  public record StatementSection(
      String code,
      String title,
      Part performance,
      Integer selfScore,
      String selfScoreLabel,
      String rationale) {

    public StatementSection {
      rationale = rationale == null ? "" : rationale;
    }
  }

  /** Section C: how the self-assessment was produced, stakeholders' comments and endorsements. */
  public record SectionC(
      Part production, List<SignOffEntry> stakeholderComments, List<SignOffEntry> endorsements) {

    public SectionC {
      stakeholderComments = List.copyOf(stakeholderComments);
      endorsements = List.copyOf(endorsements);
    }
  }

  /** A stakeholder's comment or an endorsement; role, organisation and comment may be blank. */
  public record SignOffEntry(
      String name, String role, String organisation, LocalDate givenOn, String comment) {

    public SignOffEntry {
      role = role == null ? "" : role;
      organisation = organisation == null ? "" : organisation;
      comment = comment == null ? "" : comment;
    }
  }

  /**
   * One row of the evidence index.
   *
   * @param ref the reference narratives cite, e.g. "E15"
   * @param categories the evidence categories' names
   * @param evidenceDate the date the evidence was true, null when not given
   * @param status the status as it reads today: Draft, Current, Expired or Withdrawn
   */
  public record EvidenceEntry(
      String ref,
      String title,
      List<String> categories,
      LocalDate evidenceDate,
      String owner,
      String status) {

    public EvidenceEntry {
      categories = List.copyOf(categories);
      owner = owner == null ? "" : owner;
    }
  }

  /**
   * The rating the self-scores predict.
   *
   * @param scored statements with a proposed score
   * @param statements scored statements of the framework
   * @param percent overall percentage, null when nothing is scored or the framework computes none
   * @param rating rating band code, e.g. REQUIRES_IMPROVEMENT, null without a percentage
   * @param ratingLabel its words, e.g. "Requires improvement"
   * @param notifiable statements scored at a level CQC notifies to the Secretary of State
   */
  public record PredictedRating(
      int scored,
      int statements,
      Integer percent,
      String rating,
      String ratingLabel,
      List<String> notifiable) {

    public PredictedRating {
      notifiable = List.copyOf(notifiable);
    }
  }

  /** Every narrative part in document order: Section A, B (per theme), C. */
  public Stream<Part> parts() {
    return Stream.of(
            sectionA.stream(),
            sectionB.stream()
                .flatMap(
                    t ->
                        Stream.of(
                            Stream.of(t.ambition(), t.strengths(), t.priorities()),
                            t.statements().stream().map(StatementSection::performance),
                            Stream.of(t.plans())))
                .flatMap(s -> s),
            Stream.of(sectionC.production()))
        .flatMap(s -> s);
  }
}
