package org.ascassure.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.ascassure.council.boundary.Councils;
import org.ascassure.council.entity.Council;
import org.ascassure.evidence.boundary.EvidenceBank;
import org.ascassure.evidence.entity.EvidenceRef;
import org.ascassure.platform.boundary.PageRequest;
import org.ascassure.platform.control.Settings;
import org.ascassure.review.boundary.Reviews;
import org.ascassure.review.entity.Verdict;
import org.ascassure.selfassessment.boundary.SelfAssessments;
import org.ascassure.selfassessment.entity.Narrative;
import org.ascassure.selfassessment.entity.SelfAssessment;
import org.ascassure.selfassessment.entity.SignOff;

/**
 * The demo council's working self-assessment: most parts written, a few still empty, citations that
 * resolve, one typo (D20), one number that does not exist (E47), citations of expired, withdrawn
 * and draft evidence, and an auditor's query, so that every check shows something on the first run.
 * Fictional text, written for the demo.
 */
@Singleton
@Startup
// DemoEvidence depends on DemoData; naming both makes GlassFish report a false dependency cycle
@DependsOn("DemoEvidence")
public class DemoSelfAssessment {

  private static final Logger LOG = Logger.getLogger(DemoSelfAssessment.class.getName());

  static final String TITLE = "Fernshire adult social care self-assessment";

  @Inject Settings settings;

  @Inject Councils councils;

  @Inject SelfAssessments selfAssessments;

  @Inject EvidenceBank evidence;

  @Inject Reviews reviews;

  private static final Map<String, String> TEXT = new LinkedHashMap<>();

  static {
    TEXT.put(
        "ABOUT_THE_COUNCIL",
        "<p>Fernshire is a largely rural county of 610,000 people with three market towns and a"
            + " coastal strip where one in three residents is over 65. Around 9,800 adults draw"
            + " on care and support arranged by the council, and a further 21,000 unpaid carers"
            + " look after a relative or friend.</p>");
    TEXT.put(
        "STRATEGY",
        "<p>Our strategy, <em>Living well in Fernshire</em>, puts prevention first: help early,"
            + " close to home, so that people keep their independence (E6). We measure it by how"
            + " many people are still at home three months after reablement (E8).</p>");
    TEXT.put(
        "PARTNERSHIPS",
        "<p>We pool money and plans with the integrated care board through the Better Care Fund"
            + " (E17) and work with 140 voluntary and community groups through the Fernshire"
            + " Community Partnership.</p>");
    TEXT.put(
        "KEY_STRENGTHS",
        "<ul><li>A front door that resolves most contacts on the day (E1).</li>"
            + "<li>Reablement that keeps people at home (E8).</li>"
            + "<li>A safeguarding board with strong partner attendance (E24).</li></ul>");
    TEXT.put(
        "KEY_RISKS",
        "<p>Home care is short in the coastal strip: unmet hours have risen for three quarters"
            + " (E51). Waiting times for assessment are too long in the south (E3), and carers"
            + " tell us they are not offered their own assessment often enough (E5).</p>");
    TEXT.put(
        "TRACK_RECORD",
        "<p>Since the 2023 peer challenge we halved the time from contact to assessment for"
            + " people rated red on the waiting list and cleared the backlog of reviews older than"
            + " two years.</p>");
    TEXT.put(
        "THEME_AMBITION:WORKING_WITH_PEOPLE",
        "<p>Everyone who asks for help gets a timely, strengths-based conversation and an"
            + " assessment that starts from what matters to them.</p>");
    TEXT.put(
        "THEME_STRENGTHS:WORKING_WITH_PEOPLE",
        "<p>People tell us staff listen and explain (E2); the practice audit found good"
            + " strengths-based recording (E4).</p>");
    TEXT.put(
        "THEME_PRIORITIES:WORKING_WITH_PEOPLE",
        "<ol><li>Reduce waits for assessment in the south of the county.</li>"
            + "<li>Offer every carer their own assessment.</li>"
            + "<li>Close the gap in access for minority ethnic communities (E12).</li></ol>");
    TEXT.put(
        "STATEMENT_PERFORMANCE:QS1",
        "<p>Nine in ten people who contact Fernshire Care Connect have their question resolved"
            + " or are passed to the right team on the same day (E1). In our 2025 survey, 81% of"
            + " people assessed said they felt listened to (E2).</p><p>Waiting times are our"
            + " weakness: people rated amber wait a median of 41 days in the south, against 18 in"
            + " the north. Our triage procedure makes sure risk is reviewed while people wait"
            + " (E3, E4).</p>");
    TEXT.put(
        "STATEMENT_PERFORMANCE:QS2",
        "<p>Our prevention offer is delivered with the voluntary sector (E7). 78% of older people"
            + " are still at home 91 days after reablement (E8), and the technology-enabled care"
            + " pilot is showing fewer unplanned visits (E9).</p>");
    TEXT.put(
        "STATEMENT_PERFORMANCE:QS3",
        "<p>We know that people from minority ethnic communities are less likely to receive"
            + " long-term support after asking for it (E12). Listening events with Gypsy, Roma and"
            + " Traveller communities changed how we share information (E11). Our equality"
            + " analysis of charging needs refreshing (E10).</p>");
    TEXT.put(
        "STATEMENT_PERFORMANCE:QS4",
        "<p>The market position statement sets out where we need more nursing care and home"
            + " care (E13). Unmet home care hours are tracked weekly (E15), and people who use a"
            + " direct payment told us what would help them find personal assistants (E16).</p>");
    TEXT.put(
        "STATEMENT_PERFORMANCE:QS5",
        "<p>Integrated neighbourhood teams now meet weekly in all three localities (E18), and"
            + " the Better Care Fund plan funds joint discharge and prevention schemes (E17).</p>");
    TEXT.put(
        "STATEMENT_PERFORMANCE:QS6",
        "<p>Most people leave hospital within two days of being medically fit (D20). Young"
            + " people moving to adult services are planned for from age 14 (E21), though case"
            + " reviews showed plans often start late (E22).</p>");
    TEXT.put(
        "STATEMENT_PERFORMANCE:QS7",
        "<p>Safeguarding enquiries are completed faster than last year (E23) and the board's"
            + " annual report shows partners' audits improving (E24). Making safeguarding"
            + " personal outcomes are recorded for most enquiries (E47).</p>");
    TEXT.put(
        "STATEMENT_PERFORMANCE:QS8",
        "<p>The adult social care leadership team reports quarterly to cabinet and scrutiny on"
            + " performance, budget and risk (E26, E27).</p>");
    TEXT.put(
        "THEME_AMBITION:LEADERSHIP",
        "<p>A learning organisation that knows itself, listens to the people it serves and acts"
            + " on what it hears.</p>");
    TEXT.put(
        "PRODUCTION",
        "<p>Twelve theme leads drafted the sections with their teams between September and"
            + " December; a workshop of 60 staff and partners tested the draft, and the Making It"
            + " Real group reviewed the summary.</p>");
  }

  private static final Map<String, Integer> SCORES =
      Map.of("QS1", 2, "QS2", 3, "QS3", 2, "QS4", 2, "QS5", 3, "QS6", 2, "QS7", 3, "QS8", 3);

  @PostConstruct
  void loadIfRequested() {
    if (!settings.isDemoRequested() || settings.isProduction()) {
      return;
    }
    Council fernshire = councils.findByOnsCode(DemoData.ONS_CODE).orElse(null);
    if (fernshire == null
        || selfAssessments.ofCouncil(fernshire.getId(), PageRequest.first()).total() > 0) {
      return;
    }
    SelfAssessment sa =
        selfAssessments.create(
            fernshire.getId(), new SelfAssessments.Details("cqc-la-2023", TITLE, "2025/26"));
    long id = sa.getId();
    // the first draft of QS1, later revised: the history shows both
    write(id, "STATEMENT_PERFORMANCE:QS1", "<p>Most contacts are resolved on the day (E1).</p>");
    selfAssessments.publish(id, "Draft shared with the peer challenge team");
    TEXT.forEach((slot, html) -> write(id, slot, html));
    SCORES.forEach(
        (code, score) ->
            selfAssessments.proposeScore(
                id,
                code,
                selfAssessments.get(id).score(code).orElseThrow().getVersion(),
                score,
                "Proposed by the theme lead after the drafting workshop."));
    selfAssessments.addSignOff(
        id,
        new SelfAssessments.SignOffDetails(
            SignOff.Kind.STAKEHOLDER_COMMENT,
            "Morgan Hale",
            "Chief Executive",
            "Fernshire Voluntary Action",
            LocalDate.of(2026, 1, 20),
            "A candid account; the section on carers matches what our members tell us."));
    Narrative qs7 = selfAssessments.statementNarrative(id, "QS7");
    reviews.onNarrative(
        id,
        qs7.getSlot(),
        Verdict.QUERIED,
        "Which evidence shows the share of enquiries with personal outcomes recorded? E47 does not"
            + " exist.");
    evidence
        .findByRef(fernshire.getId(), new EvidenceRef(1))
        .ifPresent(e1 -> reviews.onEvidence(e1.getId(), Verdict.ACCEPTED, null));
    evidence
        .findByRef(fernshire.getId(), new EvidenceRef(9))
        .ifPresent(
            e9 ->
                reviews.onEvidence(
                    e9.getId(),
                    Verdict.REJECTED,
                    "A draft pilot evaluation cannot yet support a claim of fewer visits."));
    LOG.info("ASC Assure demo self-assessment loaded for Fernshire County Council.");
  }

  private void write(long id, String slot, String html) {
    Narrative n = selfAssessments.narrative(id, slot);
    selfAssessments.revise(id, slot, n.getVersion(), html);
  }
}
