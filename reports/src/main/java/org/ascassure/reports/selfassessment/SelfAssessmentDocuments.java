package org.ascassure.reports.selfassessment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ascassure.citation.control.CitationScanner;
import org.ascassure.evidence.boundary.EvidenceBank;
import org.ascassure.evidence.entity.EvidenceItem;
import org.ascassure.evidence.entity.EvidenceRef;
import org.ascassure.evidence.entity.EvidenceStatus;
import org.ascassure.framework.entity.EvidenceCategory;
import org.ascassure.framework.entity.Framework;
import org.ascassure.framework.entity.QualityStatement;
import org.ascassure.framework.entity.RatingBand;
import org.ascassure.framework.entity.ScaleLevel;
import org.ascassure.framework.entity.Theme;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.Edition;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.EvidenceEntry;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.Part;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.PredictedRating;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.SectionC;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.SignOffEntry;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.StatementSection;
import org.ascassure.reports.selfassessment.SelfAssessmentDocument.ThemeSection;
import org.ascassure.selfassessment.boundary.SelfAssessments;
import org.ascassure.selfassessment.control.NarrativeHtml;
import org.ascassure.selfassessment.entity.Narrative;
import org.ascassure.selfassessment.entity.NarrativePart;
import org.ascassure.selfassessment.entity.PublishedVersion;
import org.ascassure.selfassessment.entity.SelfAssessment;
import org.ascassure.selfassessment.entity.SelfScore;
import org.ascassure.selfassessment.entity.SignOff;

/**
 * Assembles {@link SelfAssessmentDocument}s from the domain: the working draft as it stands, or a
 * published version from its frozen content. Reading goes through the domain's boundaries, so who
 * may read what is decided there (another council's self-assessment is not found).
 */
@Stateless
public class SelfAssessmentDocuments {

  static final ZoneId UK = ZoneId.of("Europe/London");

  @Inject SelfAssessments selfAssessments;

  @Inject EvidenceBank evidence;

  /** The working draft ({@code version} null) or published version {@code version}. */
  public SelfAssessmentDocument of(long id, Integer version) {
    return version == null ? draft(id) : version(id, version);
  }

  public SelfAssessmentDocument draft(long id) {
    SelfAssessment sa = selfAssessments.get(id);
    Map<String, String> html = new HashMap<>();
    for (Narrative n : sa.getNarratives()) {
      html.put(n.getSlot(), n.getBodyHtml());
    }
    Map<String, Score> scores = new HashMap<>();
    for (SelfScore s : sa.getScores()) {
      scores.put(s.getStatementCode(), new Score(s.getScore(), s.getRationale()));
    }
    List<Signed> signOffs = new ArrayList<>();
    for (SignOff o : sa.getSignOffs()) {
      signOffs.add(
          new Signed(
              o.getKind().name(),
              new SignOffEntry(
                  o.getPersonName(),
                  o.getPersonRole(),
                  o.getOrganisation(),
                  o.getGivenOn(),
                  o.getComment())));
    }
    return assemble(
        sa,
        sa.getCouncil().getName(),
        sa.getTitle(),
        sa.getPeriodLabel(),
        sa.getStatus().name(),
        new Edition(null, "Working draft", LocalDate.now(UK)),
        html,
        scores,
        signOffs);
  }

  public SelfAssessmentDocument version(long id, int number) {
    PublishedVersion version = selfAssessments.version(id, number);
    SelfAssessment sa = version.getSelfAssessment();
    JsonObject content;
    try (JsonReader reader = Json.createReader(new StringReader(version.getContentJson()))) {
      content = reader.readObject();
    }
    Map<String, String> html = new HashMap<>();
    for (JsonValue value : content.getJsonArray("narratives")) {
      JsonObject n = value.asJsonObject();
      html.put(n.getString("slot"), n.getString("html", ""));
    }
    Map<String, Score> scores = new HashMap<>();
    for (JsonValue value : content.getJsonArray("scores")) {
      JsonObject s = value.asJsonObject();
      Integer score = s.isNull("score") ? null : s.getInt("score");
      scores.put(s.getString("statement"), new Score(score, s.getString("rationale", "")));
    }
    List<Signed> signOffs = new ArrayList<>();
    for (JsonValue value : content.getJsonArray("signOffs")) {
      JsonObject o = value.asJsonObject();
      signOffs.add(
          new Signed(
              o.getString("kind"),
              new SignOffEntry(
                  o.getString("name"),
                  o.getString("role", ""),
                  o.getString("organisation", ""),
                  LocalDate.parse(o.getString("givenOn")),
                  o.getString("comment", ""))));
    }
    LocalDate published =
        version.getCreatedAt() == null
            ? LocalDate.now(UK)
            : version
                .getCreatedAt()
                .atZone(java.time.ZoneOffset.UTC)
                .withZoneSameInstant(UK)
                .toLocalDate();
    return assemble(
        sa,
        content.getString("council", sa.getCouncil().getName()),
        content.getString("title", sa.getTitle()),
        content.getString("period", sa.getPeriodLabel()),
        content.getString("status", sa.getStatus().name()),
        new Edition(number, version.label(), published),
        html,
        scores,
        signOffs);
  }

  private record Score(Integer score, String rationale) {}

  private record Signed(String kind, SignOffEntry entry) {}

  private SelfAssessmentDocument assemble(
      SelfAssessment sa,
      String council,
      String title,
      String period,
      String status,
      Edition edition,
      Map<String, String> html,
      Map<String, Score> scores,
      List<Signed> signOffs) {
    Framework framework = sa.getFramework();
    Function<String, Part> part = slot -> new Part(slot, label(slot), html.getOrDefault(slot, ""));

    List<Part> sectionA = new ArrayList<>();
    for (NarrativePart p : NarrativePart.values()) {
      if (p.section() == NarrativePart.Section.A) {
        sectionA.add(part.apply(p.slot(null)));
      }
    }
    List<ThemeSection> sectionB = new ArrayList<>();
    for (Theme theme : framework.getThemes()) {
      List<StatementSection> statements = new ArrayList<>();
      for (QualityStatement statement : theme.getStatements()) {
        Score score = scores.getOrDefault(statement.getCode(), new Score(null, ""));
        statements.add(
            new StatementSection(
                statement.getCode(),
                statement.getTitle(),
                part.apply(NarrativePart.STATEMENT_PERFORMANCE.slot(statement.getCode())),
                score.score(),
                score.score() == null
                    ? ""
                    : framework.levelFor(score.score()).map(ScaleLevel::getLabel).orElse(""),
                score.rationale()));
      }
      sectionB.add(
          new ThemeSection(
              theme.getCode(),
              theme.getTitle(),
              part.apply(NarrativePart.THEME_AMBITION.slot(theme.getCode())),
              part.apply(NarrativePart.THEME_STRENGTHS.slot(theme.getCode())),
              part.apply(NarrativePart.THEME_PRIORITIES.slot(theme.getCode())),
              statements,
              part.apply(NarrativePart.THEME_PLANS.slot(theme.getCode()))));
    }
    SectionC sectionC =
        new SectionC(
            part.apply(NarrativePart.PRODUCTION.slot(null)),
            signOffs.stream()
                .filter(s -> s.kind().equals(SignOff.Kind.STAKEHOLDER_COMMENT.name()))
                .map(Signed::entry)
                .toList(),
            signOffs.stream()
                .filter(s -> s.kind().equals(SignOff.Kind.ENDORSEMENT.name()))
                .map(Signed::entry)
                .toList());

    return new SelfAssessmentDocument(
        sa.getId(),
        council,
        title,
        period,
        framework.getName(),
        statusLabel(status),
        edition,
        sectionA,
        sectionB,
        sectionC,
        evidenceIndex(sa.getCouncil().getId(), html.values()),
        predict(framework, scores));
  }

  /** Every cited item and every item not withdrawn, so a citation always has its entry. */
  private List<EvidenceEntry> evidenceIndex(long councilId, Collection<String> narratives) {
    Set<EvidenceRef> cited = new HashSet<>();
    for (String html : narratives) {
      for (CitationScanner.Found found : CitationScanner.scan(NarrativeHtml.text(html))) {
        found.ref().ifPresent(cited::add);
      }
    }
    Map<String, String> categoryNames =
        evidence.categories().stream()
            .collect(Collectors.toMap(EvidenceCategory::getCode, EvidenceCategory::getName));
    LocalDate today = LocalDate.now(UK);
    List<EvidenceEntry> index = new ArrayList<>();
    for (EvidenceItem item : evidence.allOfCouncil(councilId)) {
      EvidenceStatus status = item.effectiveStatus(today);
      if (status == EvidenceStatus.WITHDRAWN && !cited.contains(item.getRef())) {
        continue;
      }
      index.add(
          new EvidenceEntry(
              item.getRef().toString(),
              item.getTitle(),
              item.getCategoryCodes().stream()
                  .sorted()
                  .map(c -> categoryNames.getOrDefault(c, c))
                  .toList(),
              item.getEvidenceDate(),
              item.getOwner(),
              status.label()));
    }
    index.sort((a, b) -> EvidenceRef.parse(a.ref()).compareTo(EvidenceRef.parse(b.ref())));
    return index;
  }

  /** The framework's own scoring rules applied to the proposed scores. */
  static PredictedRating predict(Framework framework, Map<String, Score> scores) {
    List<Integer> given = new ArrayList<>();
    List<String> notifiable = new ArrayList<>();
    int statements = 0;
    for (QualityStatement statement : framework.statements()) {
      if (!statement.isScored()) {
        continue;
      }
      statements++;
      Score score = scores.get(statement.getCode());
      if (score != null && score.score() != null) {
        given.add(score.score());
        if (framework.isNotifiable(score.score())) {
          notifiable.add(statement.getCode());
        }
      }
    }
    Integer percent = null;
    String rating = null;
    String ratingLabel = null;
    if (framework.isComputed() && !given.isEmpty()) {
      percent = framework.overallPercent(given);
      RatingBand band = framework.bandFor(percent).orElse(null);
      rating = band == null ? null : band.getCode();
      ratingLabel = band == null ? null : band.getLabel();
    }
    return new PredictedRating(given.size(), statements, percent, rating, ratingLabel, notifiable);
  }

  private static String label(String slot) {
    int colon = slot.indexOf(':');
    return NarrativePart.valueOf(colon < 0 ? slot : slot.substring(0, colon)).label();
  }

  private static String statusLabel(String status) {
    String words = status.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
