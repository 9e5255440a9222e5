import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Minimal psql stand-in for the local launcher.
 *
 * Why: the zonky PostgreSQL binaries ship only initdb/pg_ctl/postgres (no psql, no pg_isready), and the
 * launcher must work on a machine that has nothing but a JDK and Maven. It understands the psql subset
 * that infra/postgres/init.sql uses, so the same file also runs unchanged under psql in docker-compose:
 * statements ending with ';' at the end of a line (dollar-quoted bodies may contain ';'),
 * '-- ' comment lines, '\connect DB' / '\c DB', and 'QUERY \gexec' (run every result cell as SQL).
 *
 * Usage: SqlRunner HOST PORT USER DB (-f FILE | -c SQL)   — prints result rows tab-separated.
 */
public final class SqlRunner {
    private final String host;
    private final String port;
    private final String user;
    private Connection connection;

    private SqlRunner(String host, String port, String user) {
        this.host = host;
        this.port = port;
        this.user = user;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6 || !(args[4].equals("-f") || args[4].equals("-c"))) {
            System.err.println("usage: SqlRunner HOST PORT USER DB (-f FILE | -c SQL)");
            System.exit(2);
        }
        SqlRunner runner = new SqlRunner(args[0], args[1], args[2]);
        String script = args[4].equals("-f")
                ? Files.readString(Path.of(args[5]), StandardCharsets.UTF_8)
                : args[5];
        try {
            runner.connect(args[3]);
            runner.run(script);
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            System.err.println(message.startsWith("ERROR") || message.startsWith("FATAL") ? message : "ERROR: " + message);
            System.exit(1);
        } finally {
            runner.close();
        }
    }

    private void connect(String db) throws SQLException {
        close();
        String url = "jdbc:postgresql://" + host + ":" + port + "/" + db
                + "?connectTimeout=5&socketTimeout=" + System.getenv().getOrDefault("YINGJI_SQL_TIMEOUT_SECONDS", "600")
                + "&ApplicationName=yingji-launcher";
        connection = DriverManager.getConnection(url, user, "");
        connection.setAutoCommit(true); // CREATE DATABASE refuses to run inside a transaction
    }

    private void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing a broken connection is not worth reporting
            }
            connection = null;
        }
    }

    private void run(String script) throws SQLException {
        StringBuilder buffer = new StringBuilder();
        boolean inDollarQuote = false;
        for (String line : script.split("\n", -1)) {
            String trimmed = line.strip();
            if (!inDollarQuote && buffer.length() == 0) {
                if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                    continue;
                }
                if (trimmed.startsWith("\\connect ") || trimmed.startsWith("\\c ")) {
                    connect(trimmed.substring(trimmed.indexOf(' ') + 1).strip());
                    continue;
                }
            }
            // An odd number of '$$' on a line opens or closes a dollar-quoted body.
            if (countDollarQuotes(line) % 2 == 1) {
                inDollarQuote = !inDollarQuote;
            }
            if (!inDollarQuote && trimmed.endsWith("\\gexec")) {
                buffer.append(line, 0, line.lastIndexOf("\\gexec"));
                for (String generated : query(buffer.toString())) {
                    execute(generated);
                }
                buffer.setLength(0);
            } else if (!inDollarQuote && trimmed.endsWith(";")) {
                buffer.append(line);
                execute(buffer.toString());
                buffer.setLength(0);
            } else {
                buffer.append(line).append('\n');
            }
        }
        if (!buffer.toString().isBlank()) {
            execute(buffer.toString());
        }
    }

    private static int countDollarQuotes(String line) {
        int count = 0;
        for (int i = line.indexOf("$$"); i >= 0; i = line.indexOf("$$", i + 2)) {
            count++;
        }
        return count;
    }

    private List<String> query(String sql) throws SQLException {
        List<String> cells = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    if (rs.getString(c) != null) {
                        cells.add(rs.getString(c));
                    }
                }
            }
        }
        return cells;
    }

    private void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            boolean hasResult = st.execute(sql);
            for (SQLWarning w = st.getWarnings(); w != null; w = w.getNextWarning()) {
                // NOTICEs such as "extension already exists, skipping" are expected on re-runs.
                if (!"00000".equals(w.getSQLState()) && !"42P06".equals(w.getSQLState())
                        && !"42710".equals(w.getSQLState())) {
                    System.err.println("NOTICE: " + w.getMessage());
                }
            }
            if (hasResult) {
                try (ResultSet rs = st.getResultSet()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int c = 1; c <= columns; c++) {
                            if (c > 1) {
                                row.append('\t');
                            }
                            row.append(rs.getString(c));
                        }
                        System.out.println(row);
                    }
                }
            }
        }
    }
}
