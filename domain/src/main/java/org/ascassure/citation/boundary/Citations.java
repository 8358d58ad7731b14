package org.ascassure.citation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ascassure.citation.control.CitationScanner;
import org.ascassure.evidence.boundary.EvidenceBank;
import org.ascassure.evidence.entity.EvidenceItem;
import org.ascassure.evidence.entity.EvidenceRef;
import org.ascassure.evidence.entity.EvidenceStatus;
import org.ascassure.framework.entity.EvidenceCategory;
import org.ascassure.framework.entity.QualityStatement;
import org.ascassure.review.boundary.Reviews;
import org.ascassure.review.entity.Review;
import org.ascassure.review.entity.Verdict;
import org.ascassure.selfassessment.boundary.SelfAssessments;
import org.ascassure.selfassessment.control.NarrativeHtml;
import org.ascassure.selfassessment.entity.Narrative;
import org.ascassure.selfassessment.entity.SelfAssessment;
import org.ascassure.selfassessment.entity.SelfAssessmentStatus;
import org.ascassure.selfassessment.entity.SelfScore;

/**
 * Citation integrity: which evidence the narratives cite and where, citations that resolve to
 * nothing (with the reference they probably meant), citations of evidence that can no longer carry
 * a claim, and evidence linked to a statement that no narrative cites. Also the coverage of
 * statements by evidence categories.
 */
@Stateless
public class Citations {

  @PersistenceContext EntityManager em;

  @Inject SelfAssessments selfAssessments;

  @Inject EvidenceBank evidence;

  @Inject Reviews reviews;

  /**
   * Where a citation is written: the self-assessment, the part of the document and the words around
   * it.
   */
  public record Place(
      long selfAssessmentId,
      String selfAssessmentTitle,
      String slot,
      String label,
      String excerpt) {}

  /** An evidence item and every place that cites it. */
  public record Cited(
      String ref,
      long evidenceId,
      String title,
      String status,
      String problem,
      List<Place> places) {}

  /** A citation that resolves to no item, and what it probably meant. */
  public record Unresolved(
      String written, String suggestion, String suggestionTitle, List<Place> places) {}

  /** Evidence linked to statements of the framework that no narrative of this one cites. */
  public record Uncited(String ref, long evidenceId, String title, List<String> statements) {}

  /**
   * The whole report for one self-assessment; {@code issues} counts what needs looking at
   * (unresolved and problem citations, and linked evidence cited nowhere).
   */
  public record Report(
      int citations,
      int issues,
      List<Cited> cited,
      List<Unresolved> unresolved,
      List<Cited> problems,
      List<Uncited> uncited) {

    static Report of(
        int citations,
        List<Cited> cited,
        List<Unresolved> unresolved,
        List<Cited> problems,
        List<Uncited> uncited) {
      return new Report(
          citations,
          unresolved.size() + problems.size() + uncited.size(),
          cited,
          unresolved,
          problems,
          uncited);
    }
  }

  /** One cell of the coverage matrix: evidence items for a statement in a category. */
  public record Cell(String category, String categoryName, int items) {}

  /** One row of the coverage matrix; {@code gaps} counts its categories without evidence. */
  public record Row(String statement, String title, int citations, int gaps, List<Cell> cells) {

    static Row of(String statement, String title, int citations, List<Cell> cells) {
      return new Row(
          statement,
          title,
          citations,
          (int) cells.stream().filter(c -> c.items() == 0).count(),
          cells);
    }
  }

  /** Statements × evidence categories, with how often each statement's narrative cites evidence. */
  public record Coverage(List<String> categories, List<Row> rows) {}

  public Report report(long selfAssessmentId) {
    SelfAssessment sa = selfAssessments.get(selfAssessmentId);
    List<EvidenceItem> items = evidence.allOfCouncil(sa.getCouncil().getId());
    Map<Long, Review> verdicts = reviews.latestOnEvidence(sa.getCouncil().getId());
    Map<EvidenceRef, EvidenceItem> byRef =
        items.stream().collect(Collectors.toMap(EvidenceItem::getRef, Function.identity()));
    Map<EvidenceRef, List<Place>> cited = new TreeMap<>();
    Map<String, List<Place>> unresolved = new LinkedHashMap<>();
    int count = 0;
    for (Narrative narrative : sa.getNarratives()) {
      for (CitationScanner.Found found : scan(narrative)) {
        count++;
        Place place = place(narrative, found);
        Optional<EvidenceRef> ref = found.ref().filter(byRef::containsKey);
        if (ref.isPresent()) {
          cited.computeIfAbsent(ref.get(), r -> new ArrayList<>()).add(place);
        } else {
          unresolved.computeIfAbsent(found.written(), w -> new ArrayList<>()).add(place);
        }
      }
    }
    List<Cited> citedItems = new ArrayList<>();
    cited.forEach(
        (ref, places) -> {
          EvidenceItem item = byRef.get(ref);
          citedItems.add(
              new Cited(
                  ref.toString(),
                  item.getId(),
                  item.getTitle(),
                  item.effectiveStatus().name(),
                  problemOf(item, verdicts.get(item.getId())),
                  places));
        });
    List<Unresolved> unresolvedItems = new ArrayList<>();
    unresolved.forEach(
        (written, places) -> {
          Optional<EvidenceRef> suggestion = CitationScanner.suggestion(written, byRef.keySet());
          unresolvedItems.add(
              new Unresolved(
                  written,
                  suggestion.map(EvidenceRef::toString).orElse(null),
                  suggestion.map(byRef::get).map(EvidenceItem::getTitle).orElse(null),
                  places));
        });
    Set<String> statements =
        sa.getFramework().statements().stream()
            .map(QualityStatement::getCode)
            .collect(Collectors.toSet());
    List<Uncited> uncited =
        items.stream()
            .filter(item -> item.effectiveStatus() != EvidenceStatus.WITHDRAWN)
            .filter(item -> !cited.containsKey(item.getRef()))
            .filter(item -> item.getStatementCodes().stream().anyMatch(statements::contains))
            .map(
                item ->
                    new Uncited(
                        item.getRef().toString(),
                        item.getId(),
                        item.getTitle(),
                        item.getStatementCodes().stream().sorted().toList()))
            .toList();
    return Report.of(
        count,
        citedItems,
        unresolvedItems,
        citedItems.stream().filter(c -> c.problem() != null).toList(),
        uncited);
  }

  /**
   * Every place in the council's self-assessments (all but superseded ones) that cites an evidence
   * item: the item's back-links.
   */
  public List<Place> citing(EvidenceItem item) {
    List<Place> places = new ArrayList<>();
    for (SelfAssessment sa :
        em.createNamedQuery(SelfAssessment.OF_COUNCIL, SelfAssessment.class)
            .setParameter("councilId", item.getCouncil().getId())
            .getResultList()) {
      if (sa.getStatus() == SelfAssessmentStatus.SUPERSEDED) {
        continue;
      }
      for (Narrative narrative : sa.getNarratives()) {
        for (CitationScanner.Found found : scan(narrative)) {
          if (found.ref().filter(item.getRef()::equals).isPresent()) {
            places.add(place(narrative, found));
          }
        }
      }
    }
    return places;
  }

  public Coverage coverage(long selfAssessmentId) {
    SelfAssessment sa = selfAssessments.get(selfAssessmentId);
    List<EvidenceItem> items =
        evidence.allOfCouncil(sa.getCouncil().getId()).stream()
            .filter(item -> item.effectiveStatus() != EvidenceStatus.WITHDRAWN)
            .toList();
    List<EvidenceCategory> categories = sa.getFramework().getEvidenceCategories();
    List<Row> rows = new ArrayList<>();
    for (SelfScore score : sa.getScores()) {
      String code = score.getStatementCode();
      QualityStatement statement =
          sa.getFramework().statements().stream()
              .filter(s -> s.getCode().equals(code))
              .findFirst()
              .orElseThrow();
      List<Cell> cells = new ArrayList<>();
      for (EvidenceCategory category : categories) {
        int count =
            (int)
                items.stream()
                    .filter(i -> i.getStatementCodes().contains(code))
                    .filter(i -> i.getCategoryCodes().contains(category.getCode()))
                    .count();
        cells.add(new Cell(category.getCode(), category.getName(), count));
      }
      int citations =
          sa.getNarratives().stream()
              .filter(n -> code.equals(n.getSubjectCode()))
              .mapToInt(n -> scan(n).size())
              .sum();
      rows.add(Row.of(code, statement.getTitle(), citations, cells));
    }
    return new Coverage(categories.stream().map(EvidenceCategory::getName).toList(), rows);
  }

  private static List<CitationScanner.Found> scan(Narrative narrative) {
    return narrative.isEmpty()
        ? List.of()
        : CitationScanner.scan(NarrativeHtml.text(narrative.getBodyHtml()));
  }

  private static Place place(Narrative narrative, CitationScanner.Found found) {
    return new Place(
        narrative.getSelfAssessment().getId(),
        narrative.getSelfAssessment().getTitle(),
        narrative.getSlot(),
        SelfAssessments.label(narrative),
        found.excerpt());
  }

  /** Why an item can no longer carry a claim, or null when it can. */
  private static String problemOf(EvidenceItem item, Review verdict) {
    if (verdict != null && verdict.getVerdict() == Verdict.REJECTED) {
      return "Rejected by the auditor: " + verdict.getText();
    }
    return switch (item.effectiveStatus()) {
      case EXPIRED -> "Expired: its review-by date has passed.";
      case WITHDRAWN -> "Withdrawn from the evidence bank.";
      case DRAFT -> "Still a draft: not yet confirmed as evidence.";
      case CURRENT -> null;
    };
  }
}
