package se.samverka.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.privacy.PersonalDataCatalogue.Entry;
import se.samverka.privacy.PersonalDataCatalogue.Personal;

/**
 * The catalogue of personal data against the schema itself: the migrations run on an in-memory H2 exactly as the
 * application runs them (classpath:db/migration), and every column of every table must be classified in
 * {@link PersonalDataCatalogue}, and every entry of the catalogue must still exist. A new column in a future
 * migration fails this test until someone decides whether it is personal data and what extracts, retention and
 * erasure do with it.
 */
class PersonalDataCatalogueTest {

    private static Set<String> schemaColumns;

    @BeforeAll
    static void migrate() throws SQLException {
        String url = "jdbc:h2:mem:catalogue-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure(PersonalDataCatalogueTest.class.getClassLoader())
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        schemaColumns = new TreeSet<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet columns = connection.createStatement().executeQuery("select table_name, column_name"
                     + " from information_schema.columns where table_schema = 'PUBLIC'")) {
            while (columns.next()) {
                schemaColumns.add(columns.getString(1).toLowerCase(Locale.ROOT) + "."
                        + columns.getString(2).toLowerCase(Locale.ROOT));
            }
        }
        assertTrue(schemaColumns.contains("registration.email"), "the migrations ran: " + schemaColumns);
    }

    @Test
    void everyColumnOfTheSchemaIsClassified() {
        Set<String> unclassified = new TreeSet<>(schemaColumns);
        unclassified.removeAll(PersonalDataCatalogue.entries().keySet());
        assertEquals(Set.of(), unclassified, "columns the personal-data catalogue does not classify:"
                + " decide for each whether it is personal data and add it to PersonalDataCatalogue");
    }

    @Test
    void everyEntryOfTheCatalogueStillExists() {
        Set<String> gone = new TreeSet<>(PersonalDataCatalogue.entries().keySet());
        gone.removeAll(schemaColumns);
        assertEquals(Set.of(), gone, "catalogue entries for columns the schema no longer has");
    }

    @Test
    void everyPersonalColumnSaysWhatTheExtractAndErasureDo() {
        for (Entry entry : PersonalDataCatalogue.entries().values()) {
            assertFalse(entry.reason().isBlank(), entry.column() + " needs a reason");
            if (entry instanceof Personal personal) {
                assertFalse(personal.extract().isBlank(), personal.column() + ": how the extract shows it");
                if (personal.erasure() == PersonalDataCatalogue.Erasure.KEEP) {
                    assertTrue(personal.reason().length() > 10, personal.column() + ": why erasure keeps it");
                }
            }
        }
    }

    @Test
    void theKnownPersonalColumnsArePersonal() {
        for (String column : Set.of("registration.email", "registration.first_name", "registration.dietary",
                "series_member.email", "outgoing_mail.recipient", "certificate.holder_name", "scan_receipt.person",
                "action_item.owner_name", "registration_answer.answer", "registration_edit.old_value")) {
            assertTrue(PersonalDataCatalogue.entries().get(column) instanceof Personal, column + " is personal data");
        }
    }
}
