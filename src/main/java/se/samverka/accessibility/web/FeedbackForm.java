package se.samverka.accessibility.web;

import se.samverka.accessibility.AccessibilityFeedback;

/** What the statement's feedback form holds; {@code website} is the honeypot that people leave empty. */
public class FeedbackForm {

    private String name;
    private String email;
    private String page;
    private String description;
    private String website;

    AccessibilityFeedback toFeedback() {
        return new AccessibilityFeedback(name, email, page, description);
    }

    /** Whether the field hidden from people was filled in: a robot. */
    boolean isRobot() {
        return website != null && !website.isBlank();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
