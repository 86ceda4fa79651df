package io.welt.complaints.examples.cli;

import io.welt.complaints.rules.policy.Policy;
import io.welt.complaints.rules.policy.PolicyFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import static io.welt.complaints.examples.cli.AssessCommandTest.HEADER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code complaints policy} prints the policy as YAML, and {@code --policy FILE} assesses with one: the
 * default printed and read back changes nothing, a bad file stops the command naming file, line, key and
 * why, and the two example policies run on the sample.
 */
class PolicyOptionTest {

    private static final Path DATA = Paths.get("..", "examples", "data").toAbsolutePath().normalize();
    private static final Path POLICIES = Paths.get("..", "examples", "policies").toAbsolutePath().normalize();
    /** A late delivery received on Friday 27 February 2026 at 16:00, never acknowledged; the clock is Sunday. */
    private static final String FRIDAY = HEADER + "C-1,2026-02-27T16:00:00Z,CU-1,CH-42,LATE_DELIVERY,Chelsea boot,,\n";

    private final Cli cli;

    PolicyOptionTest(@TempDir Path dir) {
        this.cli = new Cli(dir);
    }

    /** The README's sample, every file of it, with {@code more} after it. */
    private Cli.Result sample(String... more) {
        List<String> args = new ArrayList<>(List.of("assess", "--complaints", data("complaints.csv"), "--products",
                data("products.csv"), "--batches", data("batches.csv"), "--actions", data("actions.csv"), "--followups",
                data("followups.csv"), "--acknowledgements", data("acknowledgements.csv"), "--decisions",
                data("decisions.csv"), "--contacts", data("contacts.csv"), "--evidence", data("evidence.csv"),
                "--as-of", "2026-03-01T09:00:00Z"));
        args.addAll(List.of(more));
        Cli.Result result = cli.run(args.toArray(String[]::new));
        assertThat(result.status()).as(result.err()).isZero();
        return result;
    }

    private static String data(String file) {
        return DATA.resolve(file).toString();
    }

    private String printedPolicy(String... options) {
        List<String> args = new ArrayList<>(List.of("policy"));
        args.addAll(List.of(options));
        Cli.Result printed = cli.run(args.toArray(String[]::new));
        assertThat(printed.status()).as(printed.err()).isZero();
        return cli.file("p.yaml", printed.out());
    }

    @Test
    void defaultPolicyPrintedAndReadBack_givesByteIdenticalReports() {
        String policy = printedPolicy();

        assertThat(sample("--policy", policy).out()).isEqualTo(sample().out());
        assertThat(sample("--policy", policy, "--format", "json").out()).isEqualTo(sample("--format", "json").out());
    }

    @Test
    void policyCommand_printsTheDefaultAsACommentedFile() {
        Cli.Result printed = cli.run("policy");

        assertThat(printed.status()).isZero();
        assertThat(printed.out()).startsWith("# The policy of the complaint rules")
                .contains("calendar: england-and-wales", "acknowledgement: 24 hours\n", "currency: GBP")
                .isEqualTo(PolicyFile.write(Policy.defaults()));
    }

    @Test
    void policyCommand_takesTheOptionsThatShapeThePolicy() throws IOException {
        Cli.Result printed = cli.run("policy", "--currency", "EUR", "--calendar", "round-the-clock", "--out",
                cli.path("eur.yaml"));

        assertThat(printed.status()).as(printed.err()).isZero();
        String text = Files.readString(Path.of(cli.path("eur.yaml")));
        assertThat(text).contains("currency: EUR", "calendar: round-the-clock");
        Cli.Result refused = cli.run("policy", "--complaints", "log.csv");
        assertThat(refused.status()).isEqualTo(Main.USAGE);
        assertThat(refused.err()).contains("--complaints is not an option of 'complaints policy'");
    }

    @Test
    void aPolicyFileChangesWhatTheRulesDo() {
        String policy = cli.file("fast.yaml", "calendar: round-the-clock\ntargets:\n  acknowledgement: 2 hours\n");
        String slow = cli.file("slow.yaml", "calendar: round-the-clock\ntargets:\n  acknowledgement: 72 hours\n");

        Cli.Result fast = cli.assessJson(FRIDAY, "--policy", policy);
        Cli.Result relaxed = cli.assessJson(FRIDAY, "--policy", slow);

        assertThat(fast.json().get("escalations").get(0).get("reason").asText())
                .contains("Not acknowledged within 2 hours");
        assertThat(relaxed.json().get("escalations")).isEmpty();
    }

    @Test
    void calendarOption_replacesTheCalendarOfThePolicyFile() {
        String roundTheClock = cli.file("rtc.yaml", "calendar: round-the-clock\n");

        assertThat(cli.assessJson(FRIDAY, "--policy", roundTheClock).json().get("escalations")).hasSize(1);
        assertThat(cli.assessJson(FRIDAY, "--policy", roundTheClock, "--calendar", "england-and-wales").json()
                .get("escalations")).isEmpty();
    }

    @Test
    void badPolicyFile_exitsTwoNamingFileLineKeyAndWhy() {
        String policy = cli.file("mine.yaml", "repeats:\n  productLine:\n    minComplaints: 3\n    windw: 30 days\n");

        Cli.Result result = cli.assessJson(FRIDAY, "--policy", policy);

        assertThat(result.status()).isEqualTo(Main.USAGE);
        assertThat(result.err()).contains("mine.yaml:4: repeats.productLine.windw: unknown key; the keys here are"
                + " minComplaints, window");
        assertThat(result.out()).isEmpty();
        String badValue = cli.file("value.yaml", "targets:\n  warningPercent: 120\n");
        assertThat(cli.assessJson(FRIDAY, "--policy", badValue).err())
                .contains("value.yaml: the policy does not hold together: warningPercent must be in [1, 99], was 120");
        Cli.Result missing = cli.assessJson(FRIDAY, "--policy", cli.path("none.yaml"));
        assertThat(missing.status()).isEqualTo(Main.USAGE);
        assertThat(missing.err()).contains("cannot read --policy", "none.yaml: no such file");
    }

    @Test
    void explainAndEvidence_readThePolicyToo() {
        String bad = cli.file("bad.yaml", "targets:\n  acknowledgment: 8 hours\n");
        String complaints = cli.file("log.csv", FRIDAY);

        Cli.Result explain = cli.run("explain", "--complaints", complaints, "--as-of", "2026-03-01", "--policy", bad);
        Cli.Result evidence = cli.run("evidence", "--finding", "X", "--complaints", complaints, "--as-of",
                "2026-03-01", "--policy", bad);

        assertThat(explain.status()).isEqualTo(Main.USAGE);
        assertThat(explain.err()).contains("bad.yaml:2: targets.acknowledgment: unknown key");
        assertThat(evidence.status()).isEqualTo(Main.USAGE);
        assertThat(evidence.err()).contains("bad.yaml:2: targets.acknowledgment: unknown key");
    }

    @Test
    void policyInAnotherCurrency_needsThatCurrency() {
        String euros = cli.file("eur.yaml", "remedyCosts:\n  currency: EUR\n");

        Cli.Result result = cli.assessJson(FRIDAY, "--policy", euros);

        assertThat(result.status()).isEqualTo(Main.USAGE);
        assertThat(result.err()).contains("eur.yaml: remedyCosts.currency is EUR, but the prices are read in GBP"
                + " (--currency): give --currency EUR");
        assertThat(cli.assessJson(FRIDAY, "--policy", euros, "--currency", "EUR").status()).isZero();
    }

    @Test
    void ukMakerExample_runsOnTheSampleWithItsOwnTargets() {
        Cli.Result uk = sample("--policy", POLICIES.resolve("uk-maker.yaml").toString(), "--format", "json");

        assertThat(uk.out()).contains("Not acknowledged within 8 working hours")
                .contains("Consumer Rights Act 2015 s. 23");
    }

    @Test
    void italianMakerExample_runsOnTheSampleUnderTheEuShape() {
        Cli.Result it = sample("--policy", POLICIES.resolve("italian-maker.yaml").toString(), "--currency", "EUR",
                "--format", "json");

        assertThat(it.out()).contains("Directive (EU) 2019/771", "EU General Product Safety Regulation 2023/988",
                        "\"currency\": \"EUR\"")
                .doesNotContain("Consumer Rights Act");
        // Printed back whole, the example is the same policy.
        String whole = printedPolicy("--policy", POLICIES.resolve("italian-maker.yaml").toString(), "--currency", "EUR");
        assertThat(PolicyFile.write(PolicyFile.read(Path.of(whole))))
                .isEqualTo(PolicyFile.write(PolicyFile.read(POLICIES.resolve("italian-maker.yaml"))))
                .contains("zone: Europe/Rome", "- 2026-04-06", "name: \"catena qualità\"");
    }
}
