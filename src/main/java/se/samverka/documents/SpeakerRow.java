package se.samverka.documents;

/**
 * A speaker as the programme presents them after its sessions; title, organisation and bio may be null or blank.
 */
public record SpeakerRow(String name, String title, String organisation, String bio) {
}
