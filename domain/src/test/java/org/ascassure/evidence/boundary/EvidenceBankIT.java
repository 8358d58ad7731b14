package org.ascassure.evidence.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.ascassure.audit.boundary.AuditQuery;
import org.ascassure.audit.boundary.AuditTrail;
import org.ascassure.audit.entity.AuditAction;
import org.ascassure.audit.entity.AuditRecord;
import org.ascassure.council.boundary.Councils;
import org.ascassure.evidence.entity.EvidenceItem;
import org.ascassure.evidence.entity.EvidenceRef;
import org.ascassure.evidence.entity.EvidenceStatus;
import org.ascassure.platform.boundary.ConflictException;
import org.ascassure.platform.boundary.FieldError;
import org.ascassure.platform.boundary.InvalidInputException;
import org.ascassure.platform.boundary.Page;
import org.ascassure.platform.boundary.PageRequest;
import org.ascassure.platform.boundary.StaleVersionException;
import org.ascassure.platform.boundary.UnsupportedContentException;
import org.ascassure.testing.DomainDeployment;
import org.ascassure.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The evidence bank inside Payara Micro against MariaDB. Who may write is proven through the real
 * sign-in by the API tests (EvidenceApiIT, AccessMatrixIT); here the caller is the system.
 */
@ExtendWith(ArquillianExtension.class)
class EvidenceBankIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.withTests(TestData.class);
  }

  @EJB EvidenceBank bank;

  @EJB Councils councils;

  @Inject AuditTrail trail;

  @Resource ManagedExecutorService executor;

  private long newCouncil(String name) {
    return councils.create(TestData.council(name)).getId();
  }

  private static EvidenceDetails details(String title) {
    return new EvidenceDetails(
        title,
        "What it shows, in a sentence or two.",
        Set.of("PROCESSES"),
        Set.of("QS1"),
        "Head of Assessment",
        LocalDate.of(2025, 10, 1),
        LocalDate.now().plusYears(1),
        EvidenceStatus.CURRENT,
        null);
  }

  @Test
  void referencesAreGivenInOrderAndNeverReusedAfterWithdrawal() {
    long council = newCouncil("Numbering County Council");
    EvidenceItem first = bank.create(council, details("Assessment waiting list"));
    EvidenceItem second = bank.create(council, details("Reviews completed on time"));
    bank.withdraw(second.getId(), second.getVersion(), "Duplicate of E1");

    EvidenceItem third = bank.create(council, details("Carers' assessments"));

    assertThat(List.of(first.getRef(), second.getRef(), third.getRef()))
        .containsExactly(new EvidenceRef(1), new EvidenceRef(2), new EvidenceRef(3));
    assertThat(bank.findByRef(council, new EvidenceRef(2)))
        .get()
        .extracting(EvidenceItem::getStatus)
        .isEqualTo(EvidenceStatus.WITHDRAWN);
    assertThat(bank.allOfCouncil(council))
        .extracting(item -> item.getRef().toString())
        .containsExactly("E1", "E2", "E3");
  }

  @Test
  void eachCouncilCountsFromE1() {
    long one = newCouncil("First Numbering Council");
    long two = newCouncil("Second Numbering Council");
    bank.create(one, details("Safeguarding audit"));

    assertThat(bank.create(two, details("Safeguarding audit")).getRef().toString()).isEqualTo("E1");
  }

  @Test
  void concurrentCreatesGetDistinctConsecutiveReferences() throws Exception {
    long council = newCouncil("Busy Borough Council");
    List<Callable<EvidenceRef>> creates = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String title = "Concurrent item " + i;
      creates.add(() -> bank.create(council, details(title)).getRef());
    }

    List<EvidenceRef> refs = new ArrayList<>();
    for (Future<EvidenceRef> created : executor.invokeAll(creates)) {
      refs.add(created.get());
    }

    assertThat(refs)
        .extracting(EvidenceRef::number)
        .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
  }

  @Test
  void aStaleUpdateIsRefusedAndTheNewerOneSurvives() {
    long council = newCouncil("Contested Evidence Council");
    EvidenceItem item = bank.create(council, details("Hospital discharge data"));
    long read = item.getVersion();
    bank.update(item.getId(), read, details("Hospital discharge data, Q2"));

    assertThatThrownBy(() -> bank.update(item.getId(), read, details("Discharge, Q3")))
        .isInstanceOf(StaleVersionException.class);
    assertThat(bank.get(item.getId()).getTitle()).isEqualTo("Hospital discharge data, Q2");
  }

  @Test
  void aWithdrawnItemCannotBeChangedOrWithdrawnAgain() {
    long council = newCouncil("Retiring Council");
    EvidenceItem item = bank.create(council, details("Old market position statement"));
    EvidenceItem withdrawn = bank.withdraw(item.getId(), item.getVersion(), "Superseded");

    assertThatThrownBy(
            () -> bank.update(withdrawn.getId(), withdrawn.getVersion(), details("Revived")))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> bank.withdraw(withdrawn.getId(), withdrawn.getVersion(), "Again"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void everyInvalidFieldIsReportedAtOnce() {
    long council = newCouncil("Careless Evidence Council");
    EvidenceDetails wrong =
        new EvidenceDetails(
            " ",
            null,
            Set.of("OBSERVATION"),
            Set.of("QS10"),
            null,
            LocalDate.now().plusDays(30),
            LocalDate.now().plusDays(1),
            EvidenceStatus.WITHDRAWN,
            "javascript:alert(1)");

    assertThatThrownBy(() -> bank.create(council, wrong))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder(
                        "title",
                        "categories",
                        "statements",
                        "evidenceDate",
                        "reviewBy",
                        "status",
                        "link"));
    assertThat(bank.allOfCouncil(council)).isEmpty();
    assertThat(bank.create(council, details("After a refusal")).getRef().toString())
        .as("a refused create gives no number away")
        .isEqualTo("E1");
  }

  @Test
  void searchFiltersByTextCategoryStatementEffectiveStatusAndOwner() {
    long council = newCouncil("Searching Council");
    bank.create(
        council,
        new EvidenceDetails(
            "Carers' survey 2025",
            "Satisfaction of unpaid carers with support",
            Set.of("PEOPLES_EXPERIENCE"),
            Set.of("QS1", "QS3"),
            "Head of Carers' Services",
            LocalDate.of(2025, 3, 1),
            LocalDate.of(2025, 9, 1),
            EvidenceStatus.CURRENT,
            "https://www.example.org/carers-survey"));
    bank.create(
        council,
        new EvidenceDetails(
            "Safeguarding adults board minutes",
            "Board oversight of section 42 enquiries",
            Set.of("PARTNERS", "PROCESSES"),
            Set.of("QS7"),
            "Head of Safeguarding",
            LocalDate.of(2025, 11, 1),
            LocalDate.of(2099, 1, 1),
            EvidenceStatus.CURRENT,
            null));
    bank.create(council, details("Draft workforce plan 50% complete"));
    PageRequest all = PageRequest.first();

    assertThat(titles(bank.search(council, filter("carers", null, null, null, null), all)))
        .containsExactly("Carers' survey 2025");
    assertThat(titles(bank.search(council, filter("e2", null, null, null, null), all)))
        .containsExactly("Safeguarding adults board minutes");
    assertThat(titles(bank.search(council, filter("50%", null, null, null, null), all)))
        .containsExactly("Draft workforce plan 50% complete");
    assertThat(titles(bank.search(council, filter(null, "PARTNERS", null, null, null), all)))
        .containsExactly("Safeguarding adults board minutes");
    assertThat(titles(bank.search(council, filter(null, null, "QS3", null, null), all)))
        .containsExactly("Carers' survey 2025");
    assertThat(
            titles(
                bank.search(council, filter(null, null, null, EvidenceStatus.EXPIRED, null), all)))
        .as("current but past its review-by date")
        .containsExactly("Carers' survey 2025");
    assertThat(
            titles(
                bank.search(council, filter(null, null, null, EvidenceStatus.CURRENT, null), all)))
        .containsExactly("Safeguarding adults board minutes", "Draft workforce plan 50% complete");
    assertThat(titles(bank.search(council, filter(null, null, null, null, "safeguard"), all)))
        .containsExactly("Safeguarding adults board minutes");
    Page<EvidenceItem> firstOfTwo =
        bank.search(council, EvidenceFilter.none(), new PageRequest(1, 2));
    assertThat(firstOfTwo.total()).isEqualTo(3);
    assertThat(firstOfTwo.items()).hasSize(2);
    assertThat(firstOfTwo.hasNext()).isTrue();
  }

  @Test
  void aFileIsStoredUnderAGeneratedKeyWithItsChecksumAndReadBackUnchanged() throws Exception {
    long council = newCouncil("Filing Council");
    EvidenceItem item = bank.create(council, details("Quarterly reviews data"));
    byte[] csv = "quarter,on time\nQ1,81\nQ2,86\n".getBytes(StandardCharsets.UTF_8);

    EvidenceItem withFile =
        bank.attachFile(
            item.getId(),
            item.getVersion(),
            "../../etc/reviews.csv",
            new ByteArrayInputStream(csv));

    var stored = withFile.getFile().orElseThrow();
    assertThat(stored.fileName()).isEqualTo("reviews.csv");
    assertThat(stored.mediaType()).isEqualTo("text/csv");
    assertThat(stored.size()).isEqualTo(csv.length);
    assertThat(stored.sha256())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv)));
    assertThat(stored.storageKey()).matches("[0-9a-f]{32}");
    try (InputStream in = bank.fileOf(item.getId()).open()) {
      assertThat(in.readAllBytes()).isEqualTo(csv);
    }
  }

  @Test
  void aDisguisedExecutableIsRefusedAndNothingChanges() throws IOException {
    long council = newCouncil("Wary Council");
    EvidenceItem item = bank.create(council, details("Board report"));
    byte[] exe = new byte[256];
    exe[0] = 'M';
    exe[1] = 'Z';

    assertThatThrownBy(
            () ->
                bank.attachFile(
                    item.getId(),
                    item.getVersion(),
                    "board-report.pdf",
                    new ByteArrayInputStream(exe)))
        .isInstanceOf(UnsupportedContentException.class);
    assertThat(bank.get(item.getId()).getFile()).isEmpty();
  }

  @Test
  void creatingChangingAndWithdrawingAreInTheAuditTrail() {
    long council = newCouncil("Audited Evidence Council");
    EvidenceItem item = bank.create(council, details("Direct payments uptake"));
    EvidenceItem changed =
        bank.update(item.getId(), item.getVersion(), details("Direct payments uptake 2025"));
    bank.withdraw(item.getId(), changed.getVersion(), "Replaced by the annual report");

    List<AuditRecord> history =
        trail
            .search(AuditQuery.ofEntity("EvidenceItem", item.getId()), PageRequest.first())
            .items();

    assertThat(history)
        .extracting(AuditRecord::getAction)
        .containsExactly(AuditAction.UPDATE, AuditAction.UPDATE, AuditAction.CREATE);
    assertThat(history.get(2).getChanges()).contains("E1", "Direct payments uptake");
    assertThat(history.get(1).getChanges()).contains("Direct payments uptake 2025");
    assertThat(history.get(0).getChanges()).contains("WITHDRAWN", "Replaced by the annual report");
    assertThat(history).allMatch(r -> r.getCouncilId() == council);
  }

  private static EvidenceFilter filter(
      String text, String category, String statement, EvidenceStatus status, String owner) {
    return new EvidenceFilter(text, category, statement, status, owner);
  }

  private static List<String> titles(Page<EvidenceItem> page) {
    return page.items().stream().map(EvidenceItem::getTitle).toList();
  }
}
