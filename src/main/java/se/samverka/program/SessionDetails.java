package se.samverka.program;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What an organiser says about a session (API body and form model). {@code room} and {@code theme}
 * are names as the programme shows them; speakers are given by id.
 */
public record SessionDetails(
        @NotBlank(message = "{validation.required}") @Size(max = 255, message = "{validation.tooLong}") String title,
        @NotNull(message = "{validation.required}") SessionKind kind,
        @NotNull(message = "{validation.required}") LocalDateTime start,
        @NotNull(message = "{validation.required}") LocalDateTime end,
        String room,
        @Min(value = 0, message = "{validation.notNegative}") Integer capacity,
        List<Long> speakerIds,
        String theme,
        @JsonbProperty("abstract") @Size(max = 10000, message = "{validation.tooLong}") String summary) {
    // Explicit so that the constraints stay on the fields: Payara's OpenAPI scanner fails on
    // constrained constructor parameters (it takes them for path parameters).
    public SessionDetails(String title, SessionKind kind, LocalDateTime start, LocalDateTime end, String room,
            Integer capacity, List<Long> speakerIds, String theme, @JsonbProperty("abstract") String summary) {
        this.title = title;
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.room = room;
        this.capacity = capacity;
        this.speakerIds = speakerIds;
        this.theme = theme;
        this.summary = summary;
    }


    public List<Long> speakerIdsOrEmpty() {
        return speakerIds == null ? List.of() : speakerIds;
    }
}
