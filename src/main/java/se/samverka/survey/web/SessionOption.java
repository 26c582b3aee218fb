package se.samverka.survey.web;

import java.io.Serializable;

/** A session a survey question can be about, labelled with its time and title. */
public record SessionOption(Long id, String label) implements Serializable {
}
