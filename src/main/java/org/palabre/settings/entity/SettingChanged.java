package org.palabre.settings.entity;

/**
 * An administrator changed a site setting (CDI event, fired inside the transaction): the staff's log keeps the
 * setting's name and its new value. The kernel knows no accounts, so the actor travels as an id.
 */
public record SettingChanged(long actorId, String setting, String value) {}
