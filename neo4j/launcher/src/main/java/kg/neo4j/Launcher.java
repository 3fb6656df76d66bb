package kg.neo4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;

/**
 * Runs a Neo4j 5.26 Community server (embedded through neo4j-harness) until the JVM is told to stop.
 *
 * <p>Unlike a harness test server this one keeps its data in a fixed directory, so it survives restarts,
 * and it has authentication ENABLED: user {@code neo4j}, password from env {@code NEO4J_PASSWORD}
 * (default {@code kgpassword123}, for local development only).
 *
 * <p>Options (command line {@code --name=value}, else environment, else default):
 * <pre>
 *   --home=DIR        KG_NEO4J_HOME       .neo4j          state directory (data/, logs/, run/, import/)
 *   --import-dir=DIR  KG_NEO4J_IMPORT_DIR HOME/import     the only directory LOAD CSV may read file:/// URLs from
 *   --bolt-port=N     KG_NEO4J_BOLT_PORT  7687
 *   --http-port=N     KG_NEO4J_HTTP_PORT  7474            (0 disables HTTP, and with it Neo4j Browser)
 *   --listen=ADDR     KG_NEO4J_LISTEN     127.0.0.1
 *   --pagecache=MB    KG_NEO4J_PAGECACHE_MB 64
 *   password          NEO4J_PASSWORD      kgpassword123   (at least 8 characters)
 *   --watch-pid=PID   KG_NEO4J_WATCH_PID  (none)          shut down cleanly when that process is gone
 * </pre>
 *
 * <p>Configured like a stock Community server rather than a test harness: {@code LOAD CSV} resolves
 * {@code file:///} URLs inside the import directory only (a stock server's {@code server.directories.import=import};
 * the harness leaves it unset, which lets {@code LOAD CSV} read any file the JVM can), no procedure runs
 * unrestricted, the stock procedure allowlist ({@code *}) applies, and no plugin directory is read.
 *
 * <p>When the server accepts the configured credentials the launcher prints a line starting with
 * {@code KG_NEO4J_READY} (scripts wait for it). SIGTERM / SIGINT shut the database down cleanly.
 */
public final class Launcher {
    static final String USER = "neo4j";
    static final String DEFAULT_PASSWORD = "kgpassword123";
    static final String READY_MARKER = "KG_NEO4J_READY";

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parseArgs(args);
        Path home = Path.of(option(opts, "home", "KG_NEO4J_HOME", ".neo4j")).toAbsolutePath().normalize();
        int boltPort = Integer.parseInt(option(opts, "bolt-port", "KG_NEO4J_BOLT_PORT", "7687"));
        int httpPort = Integer.parseInt(option(opts, "http-port", "KG_NEO4J_HTTP_PORT", "7474"));
        String listen = option(opts, "listen", "KG_NEO4J_LISTEN", "127.0.0.1");
        long pagecacheMb = Long.parseLong(option(opts, "pagecache", "KG_NEO4J_PAGECACHE_MB", "64"));
        Path importDir = Path.of(option(opts, "import-dir", "KG_NEO4J_IMPORT_DIR", home.resolve("import").toString()))
                .toAbsolutePath().normalize();
        String watchPid = option(opts, "watch-pid", "KG_NEO4J_WATCH_PID", "");
        String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "");
        if (password.isEmpty()) {
            password = DEFAULT_PASSWORD;
            log("NEO4J_PASSWORD not set; using the local-development default password");
        }
        if (password.length() < 8) {
            fail("NEO4J_PASSWORD must have at least 8 characters (Neo4j's minimum password length)");
        }

        Path dataDir = home.resolve("data");
        Path logsDir = home.resolve("logs");
        Path runDir = home.resolve("run");
        Files.createDirectories(dataDir);
        Files.createDirectories(logsDir);
        Files.createDirectories(runDir);
        Files.createDirectories(importDir);
        cleanStaleHarnessFolders(runDir);

        // The harness puts neo4j_home in a random folder under runDir (deleted on close); data and logs are
        // redirected to fixed directories so the graph persists across restarts.
        Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder(runDir)
                .withConfig(GraphDatabaseSettings.data_directory, dataDir)
                .withConfig(GraphDatabaseSettings.logs_directory, logsDir)
                .withConfig(GraphDatabaseSettings.auth_enabled, true)
                // As a stock server: LOAD CSV file URLs allowed, but confined to the import directory.
                .withConfig(GraphDatabaseSettings.allow_file_urls, true)
                .withConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                // As a stock server: no procedure with unrestricted access, every built-in one allowed.
                .withConfig(GraphDatabaseSettings.procedure_unrestricted, List.of())
                .withConfig(GraphDatabaseSettings.procedure_allowlist, List.of("*"))
                .withConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMb))
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress(listen, boltPort))
                .withConfig(BoltConnector.advertised_address, new SocketAddress(listen, boltPort))
                .withConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .withConfig(HttpsConnector.enabled, false)
                // Databases are checkpointed before Bolt stops; don't idle 5 s + 5 s on shutdown.
                .withConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1));
        if (httpPort > 0) {
            builder = builder.withConfig(HttpConnector.enabled, true)
                    .withConfig(HttpConnector.listen_address, new SocketAddress(listen, httpPort))
                    .withConfig(HttpConnector.advertised_address, new SocketAddress(listen, httpPort));
        } else {
            builder = builder.withConfig(HttpConnector.enabled, false);
        }

        long t0 = System.nanoTime();
        log("starting Neo4j 5.26 Community (home " + home + ", bolt " + listen + ":" + boltPort
                + (httpPort > 0 ? ", http " + listen + ":" + httpPort : ", http disabled") + ", import " + importDir + ")");
        final Neo4j neo4j;
        try {
            neo4j = builder.build();
        } catch (RuntimeException e) {
            e.printStackTrace(System.out);
            log("error: Neo4j failed to start: " + rootCause(e));
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("shutting down");
            try {
                neo4j.close();
                log("stopped cleanly");
            } catch (RuntimeException e) {
                log("error during shutdown: " + e);
            } finally {
                stopped.countDown();
            }
        }, "kg-neo4j-shutdown"));

        try {
            setPassword(neo4j, password);
        } catch (RuntimeException e) {
            log("could not set the password: " + e.getMessage());
            System.exit(3);
        }

        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        String bolt = "bolt://" + listen + ":" + boltPort;
        String http = httpPort > 0 ? "http://" + listen + ":" + httpPort + "/browser/" : "-";
        System.out.println(READY_MARKER + " bolt=" + bolt + " http=" + http + " user=" + USER
                + " import=" + importDir + " startup_ms=" + took.toMillis());
        System.out.flush();

        if (!watchPid.isEmpty()) {
            watch(Long.parseLong(watchPid.trim()));
        }

        // Keep the JVM alive until a signal runs the shutdown hook.
        stopped.await();
    }

    /** Sets the neo4j user's password through the system database (idempotent: same password is fine). */
    static void setPassword(Neo4j neo4j, String password) {
        GraphDatabaseService system = neo4j.databaseManagementService().database("system");
        try {
            system.executeTransactionally(
                    "ALTER USER " + USER + " SET PLAINTEXT PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            log("password for user '" + USER + "' set");
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("Old password and new password cannot be the same")) {
                // Already set to this password in an earlier run; make sure no change is pending.
                system.executeTransactionally("ALTER USER " + USER + " SET PASSWORD CHANGE NOT REQUIRED");
                log("password for user '" + USER + "' unchanged");
            } else {
                throw e;
            }
        }
    }

    /**
     * Exits (running the clean-shutdown hook) once process {@code pid} is gone, so a server started for a
     * test session that was killed does not outlive it.
     */
    private static void watch(long pid) {
        log("watching pid " + pid + ": stopping when it exits");
        Thread t = new Thread(() -> {
            while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            log("watched pid " + pid + " is gone");
            System.exit(0);
        }, "kg-neo4j-watch");
        t.setDaemon(true);
        t.start();
    }

    /** Removes the random neo4j_home folders a killed (not cleanly stopped) launcher left behind. */
    private static void cleanStaleHarnessFolders(Path runDir) throws IOException {
        try (Stream<Path> children = Files.list(runDir)) {
            for (Path p : (Iterable<Path>) children::iterator) {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p) && name.matches("[0-9a-f]{32}")) {
                    try (Stream<Path> walk = Files.walk(p)) {
                        walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                    }
                }
            }
        }
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static Map<String, String> parseArgs(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help")) {
                System.out.println("usage: java -Xmx1g -jar kg-neo4j-launcher.jar [--home=DIR] [--bolt-port=N]"
                        + " [--http-port=N (0=off)] [--listen=ADDR] [--pagecache=MB] [--watch-pid=PID]\n"
                        + "       [--import-dir=DIR (default HOME/import: the only place LOAD CSV reads file:/// URLs from)]\n"
                        + "password: env NEO4J_PASSWORD (default " + DEFAULT_PASSWORD + ", local dev only)");
                System.exit(0);
            }
            if (!a.startsWith("--") || !a.contains("=")) {
                fail("unknown argument: " + a + " (use --name=value; --help)");
            }
            int eq = a.indexOf('=');
            opts.put(a.substring(2, eq), a.substring(eq + 1));
        }
        return opts;
    }

    private static String option(Map<String, String> opts, String name, String env, String dflt) {
        String v = opts.get(name);
        if (v == null || v.isEmpty()) {
            v = System.getenv(env);
        }
        return v == null || v.isEmpty() ? dflt : v;
    }

    private static void fail(String msg) {
        log("error: " + msg);
        System.exit(2);
    }

    private static void log(String msg) {
        System.out.println("[kg-neo4j] " + msg);
        System.out.flush();
    }
}
