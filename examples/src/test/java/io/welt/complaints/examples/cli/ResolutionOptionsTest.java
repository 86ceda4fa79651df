package io.welt.complaints.examples.cli;

import static io.welt.complaints.examples.cli.AssessCommandTest.LOG;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** The remedies for each complaint and the ranked options for management on each problem, in the log's currency. */
class ResolutionOptionsTest {

    /** C-1 was bought 12 days before it was received: within the 30-day right to reject. */
    private static final String PRODUCTS = "sku,product_line,price,unit_cost\n"
            + "CH-42,Chelsea boot,129.00,40.00\n"
            + "CH-43,Chelsea boot,129.00,40.00\n"
            + "LO-40,Loafer,95.00,30.00\n";

    private final Cli cli;

    ResolutionOptionsTest(@TempDir Path dir) {
        this.cli = new Cli(dir);
    }

    private Cli.Result assess(String... more) {
        List<String> args = new ArrayList<>(List.of("--products", cli.file("products.csv", PRODUCTS)));
        args.addAll(List.of(more));
        return cli.assessJson(LOG, args.toArray(String[]::new));
    }

    private static JsonNode complaint(JsonNode json, String id) {
        return stream(json.get("complaints")).filter(c -> c.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    @Test
    void everyComplaint_hasAtLeastOneOption_withItsCostRuleAndReason() {
        Cli.Result result = assess();

        assertThat(result.status()).as(result.err()).isZero();
        JsonNode complaints = result.json().get("complaints");
        assertThat(complaints).hasSize(4).allSatisfy(c -> assertThat(c.get("options")).as(c.get("id").asText())
                .isNotEmpty());
        JsonNode first = complaint(result.json(), "C-1").get("options").get(0);
        assertThat(fieldNames(first)).containsExactly("type", "preference", "estimatedCost", "requested", "rule",
                "reason");
        assertThat(first.get("type").asText()).isEqualTo("REFUND");
        assertThat(first.get("estimatedCost").isNumber()).isTrue();
        // The price paid back, a parcel (6.50) and the handling (8.00).
        assertThat(first.get("estimatedCost").decimalValue()).isEqualByComparingTo("143.50");
        assertThat(first.get("requested").isBoolean()).isTrue();
        assertThat(first.get("rule").asText()).isEqualTo("Resolve: short-term right to reject");
        assertThat(complaint(result.json(), "C-1").get("options")).extracting(o -> o.get("preference").asInt())
                .isSorted();
    }

    @Test
    void problemOptions_areRankedAgainstMonitor_withTheirFigures() {
        JsonNode json = assess().json();

        assertThat(json.get("problems")).isNotEmpty().allSatisfy(problem -> {
            String id = problem.get("id").asText();
            JsonNode options = problem.get("options");
            assertThat(stream(options).filter(o -> o.get("type").asText().equals("MONITOR")).count()).as(id)
                    .isOne();
            boolean baselineSeen = false;
            BigDecimal previous = null;
            for (JsonNode o : options) {
                assertThat(fieldNames(o)).containsExactly("type", "cost", "benefit", "netBenefit", "feasibility",
                        "leadTimeDays", "effort", "paybackDays", "inPlace", "safetyFirst", "baseline", "rule", "reason");
                BigDecimal net = o.get("netBenefit").decimalValue();
                if (o.get("type").asText().equals("MONITOR")) {
                    assertThat(net).as("the baseline saves nothing against itself").isZero();
                    assertThat(o.get("baseline").asBoolean()).isTrue();
                    baselineSeen = true;
                    continue;
                }
                assertThat(net).isEqualByComparingTo(o.get("benefit").decimalValue().subtract(o.get("cost").decimalValue()));
                assertThat(o.get("paybackDays").isNumber() || o.get("paybackDays").isNull()).isTrue();
                if (!baselineSeen && !o.get("safetyFirst").asBoolean()) {
                    assertThat(net).as("%s ranked above MONITOR in %s", o.get("type").asText(), id).isPositive();
                    if (previous != null) {
                        assertThat(net).as("best net benefit first in %s", id).isLessThanOrEqualTo(previous);
                    }
                    previous = net;
                }
            }
        });
        assertThat(json.get("findings")).allSatisfy(f -> assertThat(f.get("options")).as("options are per problem")
                .isEmpty());
    }

    @Test
    void money_hasTheCurrencysDecimals() {
        String json = assess().out();

        assertThat(json).contains("\"currency\": \"GBP\"").contains("\"estimatedCost\": 143.50,");
    }

    @Test
    void currencyEur_costsFollowTheEuroPrices() {
        Cli.Result result = assess("--currency", "EUR");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.json().get("currency").asText()).isEqualTo("EUR");
        JsonNode refund = complaint(result.json(), "C-1").get("options").get(0);
        assertThat(refund.get("estimatedCost").decimalValue()).isEqualByComparingTo("143.50");
    }

    @Test
    void currencyEur_theTextReportPricesTheFirstRemedyInEuros() {
        Cli.Result result = cli.run("assess", "--complaints", cli.file("log.csv", LOG), "--products",
                cli.file("products.csv", PRODUCTS), "--as-of", "2026-03-01T09:00Z", "--currency", "eur");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("offer first: REFUND (143.50 EUR)").doesNotContain("GBP");
    }

    @Test
    void textReport_ranksTheOptionsUnderEachProblem_andOffersEscalatedComplaintsTheirFirstRemedy() {
        Cli.Result result = cli.run("assess", "--complaints", cli.file("log.csv", LOG), "--products",
                cli.file("products.csv", PRODUCTS), "--as-of", "2026-03-01T09:00Z");
        JsonNode json = assess().json();
        JsonNode problem = json.get("problems").get(0);

        String text = result.out();
        assertThat(text).contains("    id: " + problem.get("id").asText() + "\n")
                .contains("    options for management (GBP), ranked against doing nothing (MONITOR):\n")
                .contains("      #  option");
        int previous = text.indexOf("options for management");
        int rank = 1;
        for (JsonNode option : problem.get("options")) {
            String row = String.format("      %-2d %s", rank++, option.get("type").asText());
            int at = text.indexOf(row, previous);
            assertThat(at).as(row).isGreaterThan(previous);
            String line = text.substring(at, text.indexOf('\n', at));
            assertThat(line).contains(option.get("netBenefit").decimalValue().toPlainString())
                    .contains(option.get("cost").decimalValue().toPlainString());
            if (option.get("type").asText().equals("MONITOR")) {
                assertThat(line).contains("baseline: doing nothing");
            }
            previous = at;
        }
        assertThat(text).contains("COMPLAINT C-1, due").contains("offer first: REFUND (143.50 GBP)");
    }

    @Test
    void currencyWithoutDecimals_givesWholeNumbers() {
        Cli.Result result = cli.assessJson(LOG, "--products", cli.file("products.csv", PRODUCTS.replace(".00", "")),
                "--currency", "JPY");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.json().get("rejected")).isEmpty();
        JsonNode refund = complaint(result.json(), "C-1").get("options").get(0);
        // 129 + 6.50 + 8.00 in yen, to the yen: the remedy costs are counted in the log's currency.
        assertThat(refund.get("estimatedCost").isIntegralNumber()).as(refund.toString()).isTrue();
        assertThat(refund.get("estimatedCost").asLong()).isEqualTo(144);
    }

    private static List<String> fieldNames(JsonNode node) {
        return StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false).toList();
    }
}
