package kaohe.bench.chaos;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultTest {

    @Test
    void theShortRunKillsIndicatorOnce() {
        assertThat(Fault.plan(true, name -> true)).containsExactly(new Fault("indicator", Fault.Kind.KILL));
    }

    @Test
    void theFullRunKillsEveryRecordedProcessThenHoldsKafkaAndStopsTheStoreMidUpload() {
        Set<String> recorded = Set.of("identity", "indicator", "indicator-2", "ledger", "evidence", "scoring",
                "gateway", "postgres", "kafka", "s3proxy", "engines");

        assertThat(Fault.plan(false, recorded::contains)).extracting(Fault::what).containsExactly(
                "kill-9:indicator", "kill-9:indicator-2", "kill-9:ledger", "kill-9:evidence", "kill-9:scoring",
                "kill-9:identity", "kill-9:gateway", "kill-9:postgres", "kill-9:kafka", "kill-9:s3proxy",
                "held-down-60s:kafka", "killed-mid-upload:s3proxy");
    }

    @Test
    void aRunOfSomeFaultsKeepsThePlansOrderAndRefusesAnUnknownOne() {
        var plan = Fault.plan(false, Set.of("indicator", "gateway", "kafka")::contains);

        assertThat(Fault.only(plan, "held-down-60s:kafka,kill-9:gateway")).extracting(Fault::what)
                .containsExactly("kill-9:gateway", "held-down-60s:kafka");
        assertThatThrownBy(() -> Fault.only(plan, "kill-9:ledger")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kill-9:ledger");
    }

    @Test
    void eachProcessIsServedByTheContextsBehindIt() {
        assertThat(Probes.contextsOf("indicator-2")).containsExactly("indicator");
        assertThat(Probes.contextsOf("postgres")).containsExactly("indicator", "ledger", "evidence", "scoring");
        assertThat(Probes.contextsOf("s3proxy")).containsExactly("evidence-content");
        assertThat(Probes.contextsOf("kafka")).isEmpty();
    }
}
