package io.mqttca.console.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqttca.console.emulator.SandboxSeed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ca delete} and {@code device delete} ask on a terminal, need --yes in scripts; dry runs change nothing. */
class DeleteConfirmationCommandTest {

    private static final String INSTANCE = SandboxSeed.PLATINUM_INSTANCE_ID;
    private static final String PROD = SandboxSeed.PROD_ROOT_RSA_SN;

    @TempDir
    Path dir;

    private EmulatorCli cli;

    @BeforeEach
    void start() {
        cli = new EmulatorCli(dir);
    }

    @AfterEach
    void stop() {
        cli.close();
    }

    private boolean prodExists() {
        return cli.emulator.store().findCa(INSTANCE, PROD).isPresent();
    }

    private long calls() {
        return cli.emulator.requests().size();
    }

    @Test
    void withoutATerminalAndWithoutYesDeleteRefusesBeforeAnyCall() throws Exception {
        long before = calls();
        assertEquals(1, cli.run("ca", "delete", "--sn", PROD));
        assertTrue(cli.err().contains("Refusing to delete CA certificates without confirmation"), cli.err());
        assertTrue(cli.err().contains("--yes") && cli.err().contains("--dry-run"), cli.err());

        assertEquals(1, cli.run("device", "delete", "--ca", PROD, "--sn", "2065d501afe5", "--json"));
        JsonNode error = new ObjectMapper().readTree(cli.out()).get("error");
        assertEquals(DeleteConfirmation.REFUSED_CODE, error.get("code").asText());

        assertEquals(before, calls(), "nothing was sent");
        assertTrue(prodExists());
    }

    @Test
    void aDryRunNamesWhatWouldGoWithItsDeviceCountAndChangesNothing() {
        assertEquals(0, cli.run("ca", "delete", "--dry-run", "--sn", PROD));

        long devices = cli.emulator.store().listDevicesByCa(INSTANCE, PROD, 1, 100).items().size();
        assertTrue(cli.out().contains("WOULD DELETE  " + PROD + "  prod-root-rsa  (" + devices
            + " device certificates)"), cli.out());
        assertTrue(cli.out().contains("nothing was changed"), cli.out());
        assertTrue(prodExists());
        assertTrue(cli.emulator.requests().stream().noneMatch(r -> r.action().startsWith("Delete")));

        assertEquals(CaCommand.EXIT_FAILED, cli.run("device", "delete", "--dry-run", "--ca", PROD,
            "--sn", "0badd0"));
        assertTrue(cli.out().contains("NOT FOUND     0badd0  Code=FindDeviceBySnError"), cli.out());
    }

    @Test
    void onATerminalTheOperatorIsAskedAndOnlyYesDeletes() {
        List<String> questions = new ArrayList<>();
        cli.onTerminalAnswering("no", questions);
        assertEquals(1, cli.run("ca", "delete", "--sn", PROD));
        assertTrue(cli.err().contains("Nothing was deleted."), cli.err());
        assertTrue(prodExists());
        assertTrue(questions.get(0).contains("Delete 1 CA certificate (" + PROD + ")"), questions.toString());

        cli.onTerminalAnswering("yes", questions);
        assertEquals(0, cli.run("ca", "delete", "--sn", PROD), cli.out() + cli.err());
        assertTrue(!prodExists());
    }
}
