package io.welt.complaints.examples.erp;

import io.welt.complaints.model.Batch;
import io.welt.complaints.model.Channel;
import io.welt.complaints.model.Complaint;
import io.welt.complaints.model.ComplaintStatus;
import io.welt.complaints.model.Material;
import io.welt.complaints.model.MaterialLot;
import io.welt.complaints.model.Money;
import io.welt.complaints.model.Product;
import io.welt.complaints.model.ProductCategory;
import io.welt.complaints.model.RemedySought;
import io.welt.complaints.model.WaitingPeriod;
import io.welt.complaints.rules.ComplaintLog;
import io.welt.complaints.rules.RecordOrigin;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The complaints, products and batches of an ERP-like host, in a SQL database reached over plain JDBC:
 * one connection, prepared statements only (customer text is a parameter, never part of the SQL), and
 * transactions the caller commits. {@link #open} creates the tables when they are missing.
 *
 * <p>The SQL is H2's dialect (the example runs H2 in-process); {@code MERGE ... KEY} is the only
 * statement another database would spell differently. Not thread-safe: {@link ComplaintService}
 * serialises its calls.
 */
public final class ComplaintStore implements AutoCloseable {

    /** A database problem, with the SQL exception as its cause. */
    public static final class StoreException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoreException(String message, SQLException cause) {
            super(message + ": " + cause.getMessage(), cause);
        }
    }

    private static final List<String> SCHEMA = List.of("""
            CREATE TABLE IF NOT EXISTS products (
                sku             VARCHAR(100) PRIMARY KEY,
                product_line    VARCHAR(200) NOT NULL,
                name            VARCHAR(400),
                category        VARCHAR(40)  NOT NULL,
                material        VARCHAR(40),
                unit_cost       DECIMAL(19, 4),
                unit_cost_ccy   CHAR(3),
                price           DECIMAL(19, 4),
                price_ccy       CHAR(3),
                safety_footwear BOOLEAN      NOT NULL
            )""", """
            CREATE TABLE IF NOT EXISTS batches (
                id          VARCHAR(100) PRIMARY KEY,
                sku         VARCHAR(100) NOT NULL,
                produced_on DATE         NOT NULL,
                quantity    INTEGER CHECK (quantity >= 0),
                factory     VARCHAR(200)
            )""", """
            CREATE TABLE IF NOT EXISTS batch_lots (
                batch_id VARCHAR(100) NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
                position INTEGER      NOT NULL,
                lot_id   VARCHAR(100),
                supplier VARCHAR(200) NOT NULL,
                material VARCHAR(200),
                PRIMARY KEY (batch_id, position)
            )""", """
            CREATE TABLE IF NOT EXISTS complaints (
                id              VARCHAR(100) PRIMARY KEY,
                received_at     TIMESTAMP(9) WITH TIME ZONE NOT NULL,
                channel         VARCHAR(20)  NOT NULL,
                customer_id     VARCHAR(100) NOT NULL,
                order_id        VARCHAR(100),
                sku             VARCHAR(100) NOT NULL,
                product_line    VARCHAR(200),
                batch_id        VARCHAR(100),
                supplier        VARCHAR(200),
                material_lot    VARCHAR(100),
                defect          VARCHAR(100) NOT NULL,
                description     CHARACTER LARGE OBJECT NOT NULL,
                purchased_on    DATE,
                price_paid      DECIMAL(19, 4),
                price_paid_ccy  CHAR(3),
                injury_reported BOOLEAN      NOT NULL,
                remedy_sought   VARCHAR(20),
                status          VARCHAR(30)  NOT NULL,
                acknowledged_at TIMESTAMP(9) WITH TIME ZONE,
                resolved_at     TIMESTAMP(9) WITH TIME ZONE,
                closed_at       TIMESTAMP(9) WITH TIME ZONE
            )""", """
            CREATE INDEX IF NOT EXISTS complaints_received ON complaints (received_at, id)""", """
            CREATE TABLE IF NOT EXISTS complaint_waits (
                complaint_id VARCHAR(100) NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
                position     INTEGER      NOT NULL,
                from_at      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
                to_at        TIMESTAMP(9) WITH TIME ZONE,
                PRIMARY KEY (complaint_id, position)
            )""", """
            CREATE TABLE IF NOT EXISTS complaint_evidence (
                complaint_id VARCHAR(100) NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
                position     INTEGER      NOT NULL,
                reference    VARCHAR(1000) NOT NULL,
                PRIMARY KEY (complaint_id, position)
            )""");

    private static final String COMPLAINT_COLUMNS = "id, received_at, channel, customer_id, order_id, sku, product_line, "
            + "batch_id, supplier, material_lot, defect, description, purchased_on, price_paid, price_paid_ccy, "
            + "injury_reported, remedy_sought, status, acknowledged_at, resolved_at, closed_at";

    /** The SQL state of a unique or primary key violation. */
    private static final String DUPLICATE_KEY = "23505";

    private final Connection connection;

    private ComplaintStore(Connection connection) {
        this.connection = connection;
    }

    /**
     * Connects to {@code jdbcUrl} (e.g. {@code jdbc:h2:mem:erp} or {@code jdbc:h2:file:/var/lib/erp/complaints})
     * and creates the tables that are missing. Writes are committed by {@link #commit()}.
     *
     * @throws StoreException when the database cannot be reached or the schema not created
     */
    public static ComplaintStore open(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Connection connection;
        try {
            connection = DriverManager.getConnection(jdbcUrl);
        } catch (SQLException e) {
            throw new StoreException("cannot open the complaint database", e);
        }
        try {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String ddl : SCHEMA) {
                    statement.execute(ddl);
                }
            }
            connection.commit();
            return new ComplaintStore(connection);
        } catch (SQLException e) {
            try {
                connection.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new StoreException("cannot create the complaint tables", e);
        }
    }

    // ---- Transactions ----

    /** Makes the writes since the last commit or rollback durable. */
    public void commit() {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot commit", e);
        }
    }

    /**
     * Undoes the writes since the last commit. Never throws: it runs while another failure is being
     * reported, and a connection too broken to roll back reports itself at the next statement.
     */
    public void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // See above: the caller's own exception is the one to report.
        }
    }

    // ---- Master data ----

    /** Inserts or replaces products, by SKU. */
    public void saveProducts(Collection<Product> products) {
        String sql = "MERGE INTO products (sku, product_line, name, category, material, unit_cost, unit_cost_ccy, price, "
                + "price_ccy, safety_footwear) KEY (sku) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Product p : products) {
                insert.setString(1, p.sku());
                insert.setString(2, p.productLine());
                insert.setString(3, p.name());
                insert.setString(4, p.category().name());
                setEnum(insert, 5, p.material());
                setMoney(insert, 6, p.unitCost());
                setMoney(insert, 8, p.price());
                insert.setBoolean(10, p.safetyFootwear());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("cannot save products", e);
        }
    }

    /** Inserts or replaces batches with their material lots, by batch id. */
    public void saveBatches(Collection<Batch> batches) {
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO batches (id, sku, produced_on, quantity, factory) KEY (id) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement deleteLots = connection.prepareStatement("DELETE FROM batch_lots WHERE batch_id = ?");
             PreparedStatement insertLot = connection.prepareStatement(
                     "INSERT INTO batch_lots (batch_id, position, lot_id, supplier, material) VALUES (?, ?, ?, ?, ?)")) {
            for (Batch b : batches) {
                merge.setString(1, b.id());
                merge.setString(2, b.sku());
                merge.setObject(3, b.producedOn());
                if (b.quantity() == null) {
                    merge.setNull(4, Types.INTEGER);
                } else {
                    merge.setInt(4, b.quantity());
                }
                merge.setString(5, b.factory());
                merge.executeUpdate();
                deleteLots.setString(1, b.id());
                deleteLots.executeUpdate();
                for (int i = 0; i < b.lots().size(); i++) {
                    MaterialLot lot = b.lots().get(i);
                    insertLot.setString(1, b.id());
                    insertLot.setInt(2, i);
                    insertLot.setString(3, lot.lotId());
                    insertLot.setString(4, lot.supplier());
                    insertLot.setString(5, lot.material());
                    insertLot.addBatch();
                }
            }
            insertLot.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("cannot save batches", e);
        }
    }

    // ---- Complaints ----

    /**
     * Inserts a new complaint with its waiting periods and evidence.
     *
     * @throws IllegalArgumentException when a complaint with its id is already stored
     */
    public void insert(Complaint complaint) {
        String sql = "INSERT INTO complaints (" + COMPLAINT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            bindComplaint(insert, complaint);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                throw new IllegalArgumentException("id: complaint " + complaint.id() + " is already stored", e);
            }
            throw new StoreException("cannot store complaint " + complaint.id(), e);
        }
        insertChildren(complaint);
    }

    /**
     * Replaces a stored complaint (its lifecycle, corrections) and its waiting periods and evidence.
     *
     * @throws IllegalArgumentException when no complaint with its id is stored
     */
    public void update(Complaint complaint) {
        String sql = "UPDATE complaints SET received_at = ?, channel = ?, customer_id = ?, order_id = ?, sku = ?, "
                + "product_line = ?, batch_id = ?, supplier = ?, material_lot = ?, defect = ?, description = ?, "
                + "purchased_on = ?, price_paid = ?, price_paid_ccy = ?, injury_reported = ?, remedy_sought = ?, "
                + "status = ?, acknowledged_at = ?, resolved_at = ?, closed_at = ? WHERE id = ?";
        try (PreparedStatement update = connection.prepareStatement(sql);
             PreparedStatement waits = connection.prepareStatement("DELETE FROM complaint_waits WHERE complaint_id = ?");
             PreparedStatement evidence = connection.prepareStatement("DELETE FROM complaint_evidence WHERE complaint_id = ?")) {
            bindComplaintValues(update, 1, complaint);
            update.setString(21, complaint.id());
            if (update.executeUpdate() == 0) {
                throw new IllegalArgumentException("id: no complaint " + complaint.id() + " is stored");
            }
            waits.setString(1, complaint.id());
            waits.executeUpdate();
            evidence.setString(1, complaint.id());
            evidence.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot update complaint " + complaint.id(), e);
        }
        insertChildren(complaint);
    }

    /** The stored complaint with this id. */
    public Optional<Complaint> find(String id) {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COMPLAINT_COLUMNS + " FROM complaints WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                Complaint.Builder builder = complaintBuilder(rows);
                builder.waitingPeriods(waits(id).getOrDefault(id, List.of()));
                builder.evidence(evidence(id).getOrDefault(id, List.of()));
                return Optional.of(builder.build());
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read complaint " + id, e);
        }
    }

    /** How many complaints are stored. */
    public int complaintCount() {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM complaints");
             ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new StoreException("cannot count complaints", e);
        }
    }

    /**
     * Everything stored, as a log for the rules: products by SKU, batches by id, complaints in the
     * order received. Each record's origin names its table and its position in this read.
     */
    public ComplaintLog loadLog() {
        ComplaintLog.Builder log = ComplaintLog.builder();
        try {
            loadProducts(log);
            loadBatches(log);
            loadComplaints(log);
        } catch (SQLException e) {
            throw new StoreException("cannot read the complaint log", e);
        }
        return log.build();
    }

    /** Closes the connection; an in-memory database goes with it. Idempotent. */
    @Override
    public void close() {
        try {
            if (!connection.isClosed()) {
                connection.rollback();
                connection.close();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot close the complaint database", e);
        }
    }

    // ---- Writing ----

    private void bindComplaint(PreparedStatement s, Complaint c) throws SQLException {
        s.setString(1, c.id());
        bindComplaintValues(s, 2, c);
    }

    /** Binds every column after the id, from {@code first} on, in the order of {@link #COMPLAINT_COLUMNS}. */
    private static void bindComplaintValues(PreparedStatement s, int first, Complaint c) throws SQLException {
        int i = first;
        s.setObject(i++, timestamp(c.receivedAt()));
        s.setString(i++, c.channel().name());
        s.setString(i++, c.customerId());
        s.setString(i++, c.orderId());
        s.setString(i++, c.sku());
        s.setString(i++, c.productLine());
        s.setString(i++, c.batchId());
        s.setString(i++, c.supplier());
        s.setString(i++, c.materialLot());
        s.setString(i++, c.defect());
        s.setString(i++, c.description());
        s.setObject(i++, c.purchasedOn());
        setMoney(s, i, c.pricePaid());
        i += 2;
        s.setBoolean(i++, c.injuryReported());
        setEnum(s, i++, c.remedySought());
        s.setString(i++, c.status().name());
        s.setObject(i++, timestamp(c.acknowledgedAt()));
        s.setObject(i++, timestamp(c.resolvedAt()));
        s.setObject(i, timestamp(c.closedAt()));
    }

    private void insertChildren(Complaint c) {
        try (PreparedStatement wait = connection.prepareStatement(
                "INSERT INTO complaint_waits (complaint_id, position, from_at, to_at) VALUES (?, ?, ?, ?)");
             PreparedStatement evidence = connection.prepareStatement(
                     "INSERT INTO complaint_evidence (complaint_id, position, reference) VALUES (?, ?, ?)")) {
            for (int i = 0; i < c.waitingPeriods().size(); i++) {
                WaitingPeriod period = c.waitingPeriods().get(i);
                wait.setString(1, c.id());
                wait.setInt(2, i);
                wait.setObject(3, timestamp(period.from()));
                wait.setObject(4, timestamp(period.to()));
                wait.executeUpdate();
            }
            for (int i = 0; i < c.evidence().size(); i++) {
                evidence.setString(1, c.id());
                evidence.setInt(2, i);
                evidence.setString(3, c.evidence().get(i));
                evidence.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store the waits and evidence of complaint " + c.id(), e);
        }
    }

    private static void setMoney(PreparedStatement s, int index, Money money) throws SQLException {
        s.setBigDecimal(index, money == null ? null : money.amount());
        s.setString(index + 1, money == null ? null : money.currency().getCurrencyCode());
    }

    private static void setEnum(PreparedStatement s, int index, Enum<?> value) throws SQLException {
        s.setString(index, value == null ? null : value.name());
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    // ---- Reading ----

    private void loadProducts(ComplaintLog.Builder log) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT sku, product_line, name, category, material, "
                + "unit_cost, unit_cost_ccy, price, price_ccy, safety_footwear FROM products ORDER BY sku");
             ResultSet rows = select.executeQuery()) {
            long position = 0;
            while (rows.next()) {
                Product product = Product.builder(rows.getString("sku"), rows.getString("product_line"))
                        .name(rows.getString("name"))
                        .category(ProductCategory.valueOf(rows.getString("category")))
                        .material(choice(Material.class, rows.getString("material")))
                        .unitCost(money(rows.getBigDecimal("unit_cost"), rows.getString("unit_cost_ccy")))
                        .price(money(rows.getBigDecimal("price"), rows.getString("price_ccy")))
                        .safetyFootwear(rows.getBoolean("safety_footwear"))
                        .build();
                log.product(product, new RecordOrigin("products", ++position));
            }
        }
    }

    private void loadBatches(ComplaintLog.Builder log) throws SQLException {
        Map<String, List<MaterialLot>> lots = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT batch_id, lot_id, supplier, material FROM batch_lots ORDER BY batch_id, position");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                lots.computeIfAbsent(rows.getString("batch_id"), k -> new ArrayList<>()).add(
                        new MaterialLot(rows.getString("lot_id"), rows.getString("supplier"), rows.getString("material")));
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, sku, produced_on, quantity, factory FROM batches ORDER BY id");
             ResultSet rows = select.executeQuery()) {
            long position = 0;
            while (rows.next()) {
                String id = rows.getString("id");
                int quantity = rows.getInt("quantity");
                Batch batch = new Batch(id, rows.getString("sku"), rows.getObject("produced_on", LocalDate.class),
                        rows.wasNull() ? null : quantity, rows.getString("factory"), lots.getOrDefault(id, List.of()));
                log.batch(batch, new RecordOrigin("batches", ++position));
            }
        }
    }

    private void loadComplaints(ComplaintLog.Builder log) throws SQLException {
        Map<String, List<WaitingPeriod>> waits = waits(null);
        Map<String, List<String>> evidence = evidence(null);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COMPLAINT_COLUMNS + " FROM complaints ORDER BY received_at, id");
             ResultSet rows = select.executeQuery()) {
            long position = 0;
            while (rows.next()) {
                String id = rows.getString("id");
                Complaint complaint = complaintBuilder(rows)
                        .waitingPeriods(waits.getOrDefault(id, List.of()))
                        .evidence(evidence.getOrDefault(id, List.of()))
                        .build();
                log.complaint(complaint, new RecordOrigin("complaints", ++position));
            }
        }
    }

    private static Complaint.Builder complaintBuilder(ResultSet r) throws SQLException {
        return Complaint.builder(r.getString("id"), instant(r, "received_at"), r.getString("customer_id"),
                        r.getString("sku"), r.getString("defect"))
                .channel(Channel.valueOf(r.getString("channel")))
                .orderId(r.getString("order_id"))
                .productLine(r.getString("product_line"))
                .batchId(r.getString("batch_id"))
                .supplier(r.getString("supplier"))
                .materialLot(r.getString("material_lot"))
                .description(r.getString("description"))
                .purchasedOn(r.getObject("purchased_on", LocalDate.class))
                .pricePaid(money(r.getBigDecimal("price_paid"), r.getString("price_paid_ccy")))
                .injuryReported(r.getBoolean("injury_reported"))
                .remedySought(choice(RemedySought.class, r.getString("remedy_sought")))
                .status(ComplaintStatus.valueOf(r.getString("status")))
                .acknowledgedAt(instant(r, "acknowledged_at"))
                .resolvedAt(instant(r, "resolved_at"))
                .closedAt(instant(r, "closed_at"));
    }

    /** Waiting periods by complaint id: of one complaint, or of all when {@code id} is null. */
    private Map<String, List<WaitingPeriod>> waits(String id) throws SQLException {
        return children("complaint_waits", "from_at, to_at", id,
                rows -> new WaitingPeriod(instant(rows, "from_at"), instant(rows, "to_at")));
    }

    /** Evidence references by complaint id: of one complaint, or of all when {@code id} is null. */
    private Map<String, List<String>> evidence(String id) throws SQLException {
        return children("complaint_evidence", "reference", id, rows -> rows.getString("reference"));
    }

    /** Reads one value from the current row. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /** The rows of a child table of complaints, grouped by complaint id in their stored order. */
    private <T> Map<String, List<T>> children(String table, String columns, String id, RowReader<T> reader)
            throws SQLException {
        Map<String, List<T>> children = new HashMap<>();
        String sql = "SELECT complaint_id, " + columns + " FROM " + table
                + (id == null ? "" : " WHERE complaint_id = ?") + " ORDER BY complaint_id, position";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (id != null) {
                select.setString(1, id);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    children.computeIfAbsent(rows.getString("complaint_id"), k -> new ArrayList<>()).add(reader.read(rows));
                }
            }
        }
        return children;
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : Money.of(amount, Currency.getInstance(currency.strip()));
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
