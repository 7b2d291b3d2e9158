package kaohe.platform.chain;

import kaohe.proof.EventRow;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Rows of {@code domain_event_entry} as the chain hashes them (alias {@code e}). */
final class StoredEvents {

    static final String COLUMNS = """
            e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number, e.type,
            e.payload_type, e.payload_revision, e.time_stamp, e.payload, e.meta_data""";

    private StoredEvents() {
    }

    static EventRow row(ResultSet rs) throws SQLException {
        return new EventRow(rs.getLong("global_index"), rs.getString("event_identifier"),
                rs.getString("aggregate_identifier"), rs.getLong("sequence_number"), rs.getString("type"),
                rs.getString("payload_type"), rs.getString("payload_revision"), rs.getString("time_stamp"),
                rs.getBytes("payload"), rs.getBytes("meta_data"));
    }
}
