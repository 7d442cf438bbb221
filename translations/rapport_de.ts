<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddContact</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddToCircle</name>
    <message>
        <source>The database refused the change.</source>
        <translation>Die Datenbank hat die Änderung abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to %1</source>
        <translation>
            <numerusform>%n Kontakt zu %1 hinzufügen</numerusform>
            <numerusform>%n Kontakte zu %1 hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Keep %1</source>
        <translation>%1 behalten</translation>
    </message>
    <message>
        <source>Note how you know %1</source>
        <translation>Notieren, woher Sie %1 kennen</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>%1 archivieren</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Rapport database.</source>
        <translation>%1 ist keine Rapport-Datenbank.</translation>
    </message>
    <message>
        <source>%1 is not a Rapport database (it has no Rapport schema).</source>
        <translation>%1 ist keine Rapport-Datenbank (kein Rapport-Schema).</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rapport (schema %2).</source>
        <translation>%1 wurde von einer neueren Rapport-Version geschrieben (Schema %2).</translation>
    </message>
    <message>
        <source>%1 is not a Rapport database (no contacts table).</source>
        <translation>%1 ist keine Rapport-Datenbank (keine Kontakttabelle).</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged.</source>
        <translation>%1 ist abgeschnitten oder beschädigt.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>The database connection does not support backups.</source>
        <translation>Die Datenbankverbindung unterstützt keine Sicherungen.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Die Sicherung %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The backup %1 could not be verified: %2</source>
        <translation>Die Sicherung %1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>Cannot move the backup into place at %1.</source>
        <translation>Die Sicherung kann nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Es wurde nichts wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>The database connection does not support restoring.</source>
        <translation>Die Datenbankverbindung unterstützt keine Wiederherstellung.</translation>
    </message>
    <message>
        <source>Restoring from %1 failed: %2</source>
        <translation>Wiederherstellen aus %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ChampionStage</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Fürsprecher</translation>
    </message>
</context>
<context>
    <name>ChangeContactField</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>ChangeFollowUpDate</name>
    <message>
        <source>Snooze until %1</source>
        <translation>Zurückstellen bis %1</translation>
    </message>
    <message>
        <source>Reschedule to %1</source>
        <translation>Verschieben auf %1</translation>
    </message>
</context>
<context>
    <name>CircleStore</name>
    <message>
        <source>A circle needs a name.</source>
        <translation>Ein Kreis braucht einen Namen.</translation>
    </message>
    <message>
        <source>Cannot create the circle %1: %2</source>
        <translation>Der Kreis %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>There is no circle named %1.</source>
        <translation>Es gibt keinen Kreis namens %1.</translation>
    </message>
    <message>
        <source>There is already a circle named %1.</source>
        <translation>Es gibt bereits einen Kreis namens %1.</translation>
    </message>
    <message>
        <source>Cannot add to the circle: %1</source>
        <translation>Hinzufügen zum Kreis nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot add to the circle: the database refused the change.</source>
        <translation>Hinzufügen zum Kreis nicht möglich: Die Datenbank hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot change the circle: the database refused the change.</source>
        <translation>Der Kreis kann nicht geändert werden: Die Datenbank hat die Änderung abgelehnt.</translation>
    </message>
</context>
<context>
    <name>ContactStore</name>
    <message>
        <source>A contact needs a name.</source>
        <translation>Ein Kontakt braucht einen Namen.</translation>
    </message>
    <message>
        <source>Another contact already has the LinkedIn profile %1.</source>
        <translation>Ein anderer Kontakt hat bereits das LinkedIn-Profil %1.</translation>
    </message>
    <message>
        <source>Cannot save the contact: %1</source>
        <translation>Der Kontakt kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the contact: the database refused the change.</source>
        <translation>Der Kontakt kann nicht gespeichert werden: Die Datenbank hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot read contact %1: %2</source>
        <translation>Kontakt %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no contact with uid %1.</source>
        <translation>Es gibt keinen Kontakt mit der UID %1.</translation>
    </message>
    <message>
        <source>Unknown contact field %1.</source>
        <translation>Unbekanntes Kontaktfeld %1.</translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation>%1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>Cannot change %1: the database refused the change.</source>
        <translation>%1 kann nicht geändert werden: Die Datenbank hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot delete: the database refused the change.</source>
        <translation>Löschen nicht möglich: Die Datenbank hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>The maximum interval cannot be shorter than the ideal one.</source>
        <translation>Der längste Abstand darf nicht kürzer als der ideale sein.</translation>
    </message>
</context>
<context>
    <name>ConversationKind</name>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>A conversation needs at least one contact.</source>
        <translation>Ein Gespräch braucht mindestens einen Kontakt.</translation>
    </message>
    <message>
        <source>A conversation needs a valid date.</source>
        <translation>Ein Gespräch braucht ein gültiges Datum.</translation>
    </message>
    <message>
        <source>Cannot save the conversation: %1</source>
        <translation>Das Gespräch kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot link the conversation to contact %1: %2</source>
        <translation>Das Gespräch kann nicht mit Kontakt %1 verknüpft werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the follow-up: %1</source>
        <translation>Die Wiedervorlage kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the conversation: the database refused the change.</source>
        <translation>Das Gespräch kann nicht gespeichert werden: Die Datenbank hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>There is no conversation with id %1.</source>
        <translation>Es gibt kein Gespräch mit der ID %1.</translation>
    </message>
    <message>
        <source>Cannot move the conversations: the database refused the change.</source>
        <translation>Die Gespräche können nicht verschoben werden: Die Datenbank hat die Änderung abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database driver is not SQLite.</source>
        <translation>Der Datenbanktreiber ist nicht SQLite.</translation>
    </message>
</context>
<context>
    <name>DecideInvitations</name>
    <message numerus="yes">
        <source>Accept %n invitation(s)</source>
        <translation>
            <numerusform>%n Einladung annehmen</numerusform>
            <numerusform>%n Einladungen annehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ignore %n invitation(s)</source>
        <translation>
            <numerusform>%n Einladung ignorieren</numerusform>
            <numerusform>%n Einladungen ignorieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flag %n verdict(s) as wrong</source>
        <translation>
            <numerusform>%n Einstufung als falsch markieren</numerusform>
            <numerusform>%n Einstufungen als falsch markieren</numerusform>
        </translation>
    </message>
    <message>
        <source>The database refused the change.</source>
        <translation>Die Datenbank hat die Änderung abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message numerus="yes">
        <source>Sample network (%n contact(s))</source>
        <translation>
            <numerusform>Beispielnetzwerk (%n Kontakt)</numerusform>
            <numerusform>Beispielnetzwerk (%n Kontakte)</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of sample contacts must be between 0 and 2,000,000.</source>
        <translation>Die Zahl der Beispielkontakte muss zwischen 0 und 2.000.000 liegen.</translation>
    </message>
    <message>
        <source>Cannot start writing sample data: the database is busy or read-only.</source>
        <translation>Beispieldaten können nicht geschrieben werden: Die Datenbank ist belegt oder schreibgeschützt.</translation>
    </message>
    <message>
        <source>Creating sample data failed, nothing was added: %1</source>
        <translation>Anlegen der Beispieldaten fehlgeschlagen, es wurde nichts hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Creating sample data failed: the database refused the change.</source>
        <translation>Anlegen der Beispieldaten fehlgeschlagen: Die Datenbank hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>Worked together at %1</source>
        <translation>Zusammen gearbeitet bei %1</translation>
    </message>
    <message>
        <source>Met at a meetup in %1</source>
        <translation>Bei einem Meetup in %1 kennengelernt</translation>
    </message>
    <message>
        <source>Introduced by a friend</source>
        <translation>Über einen Freund vorgestellt</translation>
    </message>
    <message>
        <source>Former classmate</source>
        <translation>Ehemalige Mitschülerin oder Mitschüler</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Zusammen gearbeitet</translation>
    </message>
    <message>
        <source>Always generous with introductions.</source>
        <translation>Vermittelt immer großzügig Kontakte.</translation>
    </message>
    <message>
        <source>Sent a note; no reply.</source>
        <translation>Nachricht geschickt; keine Antwort.</translation>
    </message>
    <message>
        <source>Led to a paid project</source>
        <translation>Führte zu einem bezahlten Projekt</translation>
    </message>
    <message>
        <source>Good conversation</source>
        <translation>Gutes Gespräch</translation>
    </message>
    <message>
        <source>Reviewed their pitch deck</source>
        <translation>Hat das Pitch-Deck durchgesehen</translation>
    </message>
    <message>
        <source>Removing sample data failed, nothing was removed: %1</source>
        <translation>Entfernen der Beispieldaten fehlgeschlagen, es wurde nichts entfernt: %1</translation>
    </message>
    <message>
        <source>Removing sample data failed: the database refused the change.</source>
        <translation>Entfernen der Beispieldaten fehlgeschlagen: Die Datenbank hat die Änderung abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>There is no circle named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Kreis namens „%1“.</translation>
    </message>
    <message>
        <source>Cannot read the contacts: %1</source>
        <translation>Die Kontakte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>Webadressen</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kreise</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Wie wir uns kennen</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Verbunden seit</translation>
    </message>
    <message>
        <source>Champion stage</source>
        <translation>Beziehungsphase</translation>
    </message>
    <message>
        <source>Ideal days between contacts</source>
        <translation>Ideale Tage zwischen Kontakten</translation>
    </message>
    <message>
        <source>Most days between contacts</source>
        <translation>Höchstens Tage zwischen Kontakten</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>vCard 3.0</source>
        <translation>vCard 3.0</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message>
        <source>Rapport JSON (everything)</source>
        <translation>Rapport-JSON (alles)</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Writing the file failed (is the disk full?).</source>
        <translation>Schreiben der Datei fehlgeschlagen (ist der Datenträger voll?).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n contact(s) to %1 (%2).</source>
        <translation>
            <numerusform>%n Kontakt nach %1 geschrieben (%2).</numerusform>
            <numerusform>%n Kontakte nach %1 geschrieben (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Gespräch</numerusform>
            <numerusform>%n Gespräche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n Wiedervorlage</numerusform>
            <numerusform>%n Wiedervorlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n introduction(s)</source>
        <translation>
            <numerusform>%n Vermittlung</numerusform>
            <numerusform>%n Vermittlungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%n Einladung</numerusform>
            <numerusform>%n Einladungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n circle(s)</source>
        <translation>
            <numerusform>%n Kreis</numerusform>
            <numerusform>%n Kreise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n Import</numerusform>
            <numerusform>%n Importe</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>%1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Zieldatei für den Export.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>Die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the import history: %1</source>
        <translation>Der Importverlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the messages: %1</source>
        <translation>Die Nachrichten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the introductions: %1</source>
        <translation>Die Vermittlungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the invitations: %1</source>
        <translation>Die Einladungen können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>FieldConflicts</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Verbunden seit</translation>
    </message>
    <message>
        <source>Cannot read the import conflicts: %1</source>
        <translation>Die Importkonflikte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot start writing to the database.</source>
        <translation>Schreiben in die Datenbank kann nicht begonnen werden.</translation>
    </message>
    <message>
        <source>There is no import conflict #%1.</source>
        <translation>Es gibt keinen Importkonflikt #%1.</translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>Dieser Konflikt wurde bereits gelöst.</translation>
    </message>
    <message>
        <source>The import conflict is about an unknown field: %1</source>
        <translation>Der Importkonflikt betrifft ein unbekanntes Feld: %1</translation>
    </message>
    <message>
        <source>The contact of this conflict no longer exists.</source>
        <translation>Der Kontakt dieses Konflikts existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot use the imported value: %1</source>
        <translation>Der importierte Wert kann nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the answer: the database refused the change.</source>
        <translation>Die Antwort kann nicht gespeichert werden: Die Datenbank hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Wie Sie sich kennengelernt haben</translation>
    </message>
</context>
<context>
    <name>FollowUpStore</name>
    <message>
        <source>A follow-up needs a contact.</source>
        <translation>Eine Wiedervorlage braucht einen Kontakt.</translation>
    </message>
    <message>
        <source>A follow-up needs a valid due date.</source>
        <translation>Eine Wiedervorlage braucht ein gültiges Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
    <message>
        <source>Cannot save the follow-up: %1</source>
        <translation>Die Wiedervorlage kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is no follow-up with id %1.</source>
        <translation>Es gibt keine Wiedervorlage mit der ID %1.</translation>
    </message>
    <message>
        <source>Cannot save: the database refused the change.</source>
        <translation>Speichern nicht möglich: Die Datenbank hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>Snoozing needs a valid date.</source>
        <translation>Zum Zurückstellen wird ein gültiges Datum benötigt.</translation>
    </message>
    <message>
        <source>Rescheduling needs a valid date.</source>
        <translation>Zum Verschieben wird ein gültiges Datum benötigt.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Champion</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <source>Inner circle</source>
        <translation>Innerer Kreis</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Ruhend</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Gesammelt</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>An interval cannot be negative.</source>
        <translation>Ein Abstand darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The maximum interval cannot be shorter than the ideal one.</source>
        <translation>Der längste Abstand darf nicht kürzer als der ideale sein.</translation>
    </message>
    <message>
        <source>An interval cannot be longer than ten years.</source>
        <translation>Ein Abstand darf nicht länger als zehn Jahre sein.</translation>
    </message>
    <message>
        <source>There is no tier called %1.</source>
        <translation>Es gibt keine Stufe namens %1.</translation>
    </message>
    <message>
        <source>Week %1, %2–%3 %4 %5</source>
        <translation>Woche %1, %2.–%3. %4 %5</translation>
    </message>
    <message>
        <source>Week %1, %2 %3 – %4 %5 %6</source>
        <translation>Woche %1, %2. %3 – %4. %5 %6</translation>
    </message>
    <message>
        <source>Week %1, %2 %3 %4 – %5 %6 %7</source>
        <translation>Woche %1, %2. %3 %4 – %5. %6 %7</translation>
    </message>
    <message>
        <source>%1 is not a %2 id (a positive number).</source>
        <translation>%1 ist keine gültige %2-ID (eine positive Zahl).</translation>
    </message>
    <message>
        <source>%1 is not a date; use YYYY-MM-DD, today, tomorrow or +N (days).</source>
        <translation>%1 ist kein Datum; verwenden Sie JJJJ-MM-TT, today, tomorrow oder +N (Tage).</translation>
    </message>
    <message>
        <source>followup add needs --contact ID and --due DATE.</source>
        <translation>followup add braucht --contact ID und --due DATUM.</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>--repeat takes a number of days greater than zero.</source>
        <translation>--repeat erwartet eine Zahl von Tagen größer als null.</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
    <message>
        <source>Added follow-up %1 for %2, due %3.</source>
        <translation>Wiedervorlage %1 für %2 angelegt, fällig %3.</translation>
    </message>
    <message>
        <source>No follow-ups yet.</source>
        <translation>Noch keine Wiedervorlagen.</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>Keine offenen Wiedervorlagen.</translation>
    </message>
    <message>
        <source>(snoozed)</source>
        <translation>(zurückgestellt)</translation>
    </message>
    <message>
        <source>(repeats every %1 days)</source>
        <translation>(wiederholt sich alle %1 Tage)</translation>
    </message>
    <message>
        <source>Follow-up %1 is done.</source>
        <translation>Wiedervorlage %1 ist erledigt.</translation>
    </message>
    <message>
        <source>The next one (%1) is due %2.</source>
        <translation>Die nächste (%1) ist fällig: %2.</translation>
    </message>
    <message>
        <source>followup snooze needs either --days N or --until DATE.</source>
        <translation>followup snooze braucht entweder --days N oder --until DATUM.</translation>
    </message>
    <message>
        <source>--days takes a number of days greater than zero.</source>
        <translation>--days erwartet eine Zahl von Tagen größer als null.</translation>
    </message>
    <message>
        <source>Follow-up %1 is snoozed until %2.</source>
        <translation>Wiedervorlage %1 ist zurückgestellt bis %2.</translation>
    </message>
    <message>
        <source>followup reschedule needs --due DATE.</source>
        <translation>followup reschedule braucht --due DATUM.</translation>
    </message>
    <message>
        <source>Follow-up %1 is now due %2.</source>
        <translation>Wiedervorlage %1 ist jetzt fällig: %2.</translation>
    </message>
    <message>
        <source>add, list, done, snooze or reschedule</source>
        <translation>add, list, done, snooze oder reschedule</translation>
    </message>
    <message>
        <source>the follow-up (done, snooze, reschedule)</source>
        <translation>die Wiedervorlage (done, snooze, reschedule)</translation>
    </message>
    <message>
        <source>The contact&apos;s id (add).</source>
        <translation>Die ID des Kontakts (add).</translation>
    </message>
    <message>
        <source>Due date: YYYY-MM-DD, today, tomorrow or +N days (add, reschedule).</source>
        <translation>Fälligkeitsdatum: JJJJ-MM-TT, today, tomorrow oder +N Tage (add, reschedule).</translation>
    </message>
    <message>
        <source>What to do (add).</source>
        <translation>Was zu tun ist (add).</translation>
    </message>
    <message>
        <source>Repeat every N days after each completion (add).</source>
        <translation>Nach jedem Erledigen alle N Tage wiederholen (add).</translation>
    </message>
    <message>
        <source>List done and cancelled follow-ups too (list).</source>
        <translation>Auch erledigte und abgebrochene Wiedervorlagen auflisten (list).</translation>
    </message>
    <message>
        <source>Snooze for N days.</source>
        <translation>Um N Tage zurückstellen.</translation>
    </message>
    <message>
        <source>Snooze until a date.</source>
        <translation>Bis zu einem Datum zurückstellen.</translation>
    </message>
    <message>
        <source>Follow-ups: add, list, done, snooze, reschedule.</source>
        <translation>Wiedervorlagen: add, list, done, snooze, reschedule.</translation>
    </message>
    <message>
        <source>Say what to do: add, list, done, snooze or reschedule.</source>
        <translation>Sagen Sie, was zu tun ist: add, list, done, snooze oder reschedule.</translation>
    </message>
    <message>
        <source>Unknown action %1; use add, list, done, snooze or reschedule.</source>
        <translation>Unbekannte Aktion %1; verwenden Sie add, list, done, snooze oder reschedule.</translation>
    </message>
    <message>
        <source>followup %1 needs exactly one follow-up id.</source>
        <translation>followup %1 braucht genau eine Wiedervorlagen-ID.</translation>
    </message>
    <message>
        <source>followup %1 takes no other arguments.</source>
        <translation>followup %1 nimmt keine weiteren Argumente.</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Past the longest gap you want</source>
        <translation>Länger her als der längste gewünschte Abstand</translation>
    </message>
    <message>
        <source>Agreed next steps</source>
        <translation>Vereinbarte nächste Schritte</translation>
    </message>
    <message>
        <source>Reminders you set</source>
        <translation>Ihre Erinnerungen</translation>
    </message>
    <message>
        <source>Time to get in touch</source>
        <translation>Zeit, sich zu melden</translation>
    </message>
    <message>
        <source>Keep in touch (%1)</source>
        <translation>In Kontakt bleiben (%1)</translation>
    </message>
    <message>
        <source>Cannot save the keep-in-touch reminders: the database refused the change.</source>
        <translation>Die Erinnerungen zum In-Kontakt-Bleiben können nicht gespeichert werden: Die Datenbank hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>That is not a valid ISO week.</source>
        <translation>Das ist keine gültige ISO-Woche.</translation>
    </message>
    <message>
        <source>Follow-up %1 is not open any more.</source>
        <translation>Wiedervorlage %1 ist nicht mehr offen.</translation>
    </message>
    <message>
        <source>Snooze for at least one day.</source>
        <translation>Stellen Sie um mindestens einen Tag zurück.</translation>
    </message>
    <message>
        <source>Snooze until a day after today.</source>
        <translation>Stellen Sie bis zu einem Tag nach heute zurück.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>jede Woche</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>jeden Monat</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>jedes Jahr</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>No conversation on record in the %1 since you connected; you aim for %2</source>
        <translation>Seit der Vernetzung (%1) kein Gespräch erfasst; Ihr Ziel: %2</translation>
    </message>
    <message>
        <source>No conversation in %1; you aim for %2</source>
        <translation>Letztes Gespräch ist %1 her; Ihr Ziel: %2</translation>
    </message>
    <message>
        <source>%1, %2 at most</source>
        <translation>%1, höchstens %2</translation>
    </message>
    <message>
        <source>You agreed on a next step for %1</source>
        <translation>Sie haben einen nächsten Schritt für %1 vereinbart</translation>
    </message>
    <message>
        <source>You agreed to %1 by %2</source>
        <translation>Sie haben zugesagt: %1 (bis %2)</translation>
    </message>
    <message>
        <source>%1; that was %2 ago</source>
        <translation>%1; das ist %2 her</translation>
    </message>
    <message>
        <source>You set a reminder for %1</source>
        <translation>Sie haben eine Erinnerung für %1 gesetzt</translation>
    </message>
    <message>
        <source>Your reminder for %1: %2</source>
        <translation>Ihre Erinnerung für %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (%2 her)</translation>
    </message>
    <message>
        <source>Open with what you promised on %1: %2.</source>
        <translation>Beginnen Sie mit dem, was Sie zugesagt haben (%1): %2.</translation>
    </message>
    <message>
        <source>Open with what you promised: %1.</source>
        <translation>Beginnen Sie mit dem, was Sie zugesagt haben: %1.</translation>
    </message>
    <message>
        <source>Open with: %1.</source>
        <translation>Beginnen Sie mit: %1.</translation>
    </message>
    <message>
        <source>Pick up where you left off on %1: “%2”. Ask how it has gone since.</source>
        <translation>Knüpfen Sie an Ihr letztes Gespräch an (%1): „%2“. Fragen Sie, wie es seitdem gelaufen ist.</translation>
    </message>
    <message>
        <source>Say it has been %1 since you last spoke and ask what is new.</source>
        <translation>Sagen Sie, dass Ihr letztes Gespräch %1 her ist, und fragen Sie, was es Neues gibt.</translation>
    </message>
    <message>
        <source>Say it has been %1 since you last spoke and ask what is new at %2.</source>
        <translation>Sagen Sie, dass Ihr letztes Gespräch %1 her ist, und fragen Sie, was es bei %2 Neues gibt.</translation>
    </message>
    <message>
        <source>Remind them how you met (%1) and ask what they are working on now.</source>
        <translation>Erinnern Sie daran, wie Sie sich kennengelernt haben (%1), und fragen Sie, woran die Person gerade arbeitet.</translation>
    </message>
    <message>
        <source>Introduce yourself in a sentence and ask what they are working on now.</source>
        <translation>Stellen Sie sich in einem Satz vor und fragen Sie, woran die Person gerade arbeitet.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>QLocale date pattern for &quot;25 November 2026&quot;: d day, MMMM month name, yyyy year.</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>QLocale date pattern for &quot;Tuesday 17 November&quot;: dddd weekday, d day, MMMM month name.</extracomment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <extracomment>QLocale date pattern for &quot;Tuesday 5 January 2027&quot;: dddd weekday, d day, MMMM month name, yyyy year.</extracomment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>This is a binary file, not a CSV text export.</source>
        <translation>Das ist eine Binärdatei, kein CSV-Textexport.</translation>
    </message>
    <message>
        <source>The record is longer than %1 MB; it was not read.</source>
        <translation>Der Datensatz ist länger als %1 MB; er wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>A quoted field is never closed: the closing quote is missing before the end of the file.</source>
        <translation>Ein Feld in Anführungszeichen wird nie geschlossen: Vor dem Dateiende fehlt das schließende Anführungszeichen.</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The vCard file is larger than %1 MB.</source>
        <translation>Die vCard-Datei ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>Unknown file: the header does not match a LinkedIn, Google, Outlook or vCard export.</source>
        <translation>Unbekannte Datei: Der Kopf passt zu keinem LinkedIn-, Google-, Outlook- oder vCard-Export.</translation>
    </message>
    <message>
        <source>Unknown table in the import log: %1</source>
        <translation>Unbekannte Tabelle im Importprotokoll: %1</translation>
    </message>
    <message>
        <source>There is no import #%1.</source>
        <translation>Es gibt keinen Import #%1.</translation>
    </message>
    <message>
        <source>Import #%1 is %2 and cannot be undone.</source>
        <translation>Import #%1 ist %2 und kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Import #%1 came later and may build on this one; undo it first.</source>
        <translation>Import #%1 kam später und baut vielleicht auf diesem auf; machen Sie ihn zuerst rückgängig.</translation>
    </message>
    <message>
        <source>Cannot start writing to the database.</source>
        <translation>Schreiben in die Datenbank kann nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Undo failed and changed nothing: %1</source>
        <translation>Rückgängigmachen fehlgeschlagen, nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source>Undo failed at the final commit; nothing changed.</source>
        <translation>Rückgängigmachen beim abschließenden Commit fehlgeschlagen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Not imported: this file holds no contacts, messages or invitations.</source>
        <translation>Nicht importiert: Diese Datei enthält keine Kontakte, Nachrichten oder Einladungen.</translation>
    </message>
    <message>
        <source>This LinkedIn file holds no contacts, messages or invitations; import Connections.csv, messages.csv, Invitations.csv or the whole export instead.</source>
        <translation>Diese LinkedIn-Datei enthält keine Kontakte, Nachrichten oder Einladungen; importieren Sie stattdessen Connections.csv, messages.csv, Invitations.csv oder den ganzen Export.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported. Fix the file, or skip the bad rows to import the rest.</source>
        <translation>
            <numerusform>%n Problem gefunden; nichts wurde importiert. Korrigieren Sie die Datei oder überspringen Sie die fehlerhaften Zeilen, um den Rest zu importieren.</numerusform>
            <numerusform>%n Probleme gefunden; nichts wurde importiert. Korrigieren Sie die Datei oder überspringen Sie die fehlerhaften Zeilen, um den Rest zu importieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup could be made before importing, so nothing was imported: %1</source>
        <translation>Vor dem Import konnte keine Sicherung angelegt werden, daher wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Writing to the database failed, nothing was imported: %1</source>
        <translation>Schreiben in die Datenbank fehlgeschlagen, nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Could not tell which messages are yours; import Profile.csv with them.</source>
        <translation>Es ließ sich nicht erkennen, welche Nachrichten Ihre sind; importieren Sie Profile.csv mit ihnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n new conversation(s)</source>
        <translation>
            <numerusform>%n neues Gespräch</numerusform>
            <numerusform>%n neue Gespräche</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 merged, %5 unchanged, %6 skipped, %7 errors</source>
        <translation>%1: %2 hinzugefügt, %3 aktualisiert, %4 zusammengeführt, %5 unverändert, %6 übersprungen, %7 Fehler</translation>
    </message>
    <message>
        <source>the final commit failed</source>
        <translation>der abschließende Commit ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>No such file or folder.</source>
        <translation>Datei oder Ordner nicht gefunden.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Es kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Die Zeile hat %1 Felder; der Kopf hat %2.</translation>
    </message>
    <message>
        <source>&quot;Connected On&quot; is not a date: %1</source>
        <translation>„Connected On“ ist kein Datum: %1</translation>
    </message>
    <message>
        <source>&quot;DATE&quot; is not a date and time: %1</source>
        <translation>„DATE“ ist kein Datum mit Uhrzeit: %1</translation>
    </message>
    <message>
        <source>&quot;Direction&quot; must be INCOMING or OUTGOING, not &quot;%1&quot;.</source>
        <translation>„Direction“ muss INCOMING oder OUTGOING sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>&quot;Sent At&quot; is not a date and time: %1</source>
        <translation>„Sent At“ ist kein Datum mit Uhrzeit: %1</translation>
    </message>
    <message>
        <source>This is a binary file, not a vCard text file.</source>
        <translation>Das ist eine Binärdatei, keine vCard-Textdatei.</translation>
    </message>
    <message>
        <source>Not a vCard property line; the card starting on line %1 was not read.</source>
        <translation>Keine vCard-Eigenschaftszeile; die Karte ab Zeile %1 wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The card is not closed: END:VCARD is missing.</source>
        <translation>Die Karte ist nicht abgeschlossen: END:VCARD fehlt.</translation>
    </message>
    <message>
        <source>Cannot open the zip archive: %1</source>
        <translation>Das ZIP-Archiv kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The archive has %1 entries; more than %2 is not a LinkedIn export.</source>
        <translation>Das Archiv hat %1 Einträge; mit mehr als %2 ist es kein LinkedIn-Export.</translation>
    </message>
    <message>
        <source>The archive contains an unsafe path &quot;%1&quot; (absolute or with &quot;..&quot;); it was not imported.</source>
        <translation>Das Archiv enthält einen unsicheren Pfad „%1“ (absolut oder mit „..“); er wurde nicht importiert.</translation>
    </message>
    <message>
        <source>The member inflates to %1 MB, more than the limit of %2 MB; it was not read.</source>
        <translation>Der Eintrag entpackt sich auf %1 MB, mehr als die Grenze von %2 MB; er wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>Cannot read the member: %1</source>
        <translation>Der Eintrag kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot write a temporary file: %1</source>
        <translation>Es kann keine temporäre Datei geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The member is damaged: %1</source>
        <translation>Der Eintrag ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The member inflates to more than %1 MB; it was not read.</source>
        <translation>Der Eintrag entpackt sich auf mehr als %1 MB; er wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The archive looks like a zip bomb: &quot;%1&quot; inflates more than %2 times its compressed size. Nothing was imported from it.</source>
        <translation>Das Archiv sieht nach einer ZIP-Bombe aus: „%1“ entpackt sich auf mehr als das %2-Fache seiner komprimierten Größe. Nichts daraus wurde importiert.</translation>
    </message>
    <message>
        <source>The archive inflates to more than %1 MB in total; it was not imported.</source>
        <translation>Das Archiv entpackt sich insgesamt auf mehr als %1 MB; es wurde nicht importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n file problem(s) found; nothing was imported. The files must be readable in full before anything is imported.</source>
        <translation>
            <numerusform>%n Dateiproblem gefunden; nichts wurde importiert. Die Dateien müssen vollständig lesbar sein, bevor etwas importiert wird.</numerusform>
            <numerusform>%n Dateiprobleme gefunden; nichts wurde importiert. Die Dateien müssen vollständig lesbar sein, bevor etwas importiert wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: no LinkedIn, vCard, Google or Outlook export was found.</source>
        <translation>Nichts zu importieren: Es wurde kein LinkedIn-, vCard-, Google- oder Outlook-Export gefunden.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject or text</source>
        <translation>Betreff oder Text</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Unknown format</source>
        <translation>Unbekanntes Format</translation>
    </message>
    <message>
        <source>LinkedIn connections</source>
        <translation>LinkedIn-Kontakte</translation>
    </message>
    <message>
        <source>LinkedIn messages</source>
        <translation>LinkedIn-Nachrichten</translation>
    </message>
    <message>
        <source>LinkedIn invitations</source>
        <translation>LinkedIn-Einladungen</translation>
    </message>
    <message>
        <source>LinkedIn profile</source>
        <translation>LinkedIn-Profil</translation>
    </message>
    <message>
        <source>Other LinkedIn file</source>
        <translation>Andere LinkedIn-Datei</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>Google Contacts CSV</source>
        <translation>Google-Kontakte-CSV</translation>
    </message>
    <message>
        <source>Google Contacts CSV (legacy)</source>
        <translation>Google-Kontakte-CSV (altes Format)</translation>
    </message>
    <message>
        <source>Outlook CSV</source>
        <translation>Outlook-CSV</translation>
    </message>
    <message>
        <source>Outlook.com CSV</source>
        <translation>Outlook.com-CSV</translation>
    </message>
    <message>
        <source>Choose a file, a folder or a LinkedIn export (.zip) to import.</source>
        <translation>Wählen Sie eine Datei, einen Ordner oder einen LinkedIn-Export (.zip) zum Importieren.</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Die Vorschau wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>IntroductionStore</name>
    <message>
        <source>An introduction needs a date.</source>
        <translation>Eine Vermittlung braucht ein Datum.</translation>
    </message>
    <message>
        <source>Cannot save the introduction: %1</source>
        <translation>Die Vermittlung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The database refused the change.</source>
        <translation>Die Datenbank hat die Änderung abgelehnt.</translation>
    </message>
</context>
<context>
    <name>InvitationStore</name>
    <message>
        <source>Cannot save the invitation: %1</source>
        <translation>Die Einladung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is no invitation with id %1.</source>
        <translation>Es gibt keine Einladung mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>LogConversation</name>
    <message>
        <source>Log %1</source>
        <translation>%1 erfassen</translation>
    </message>
    <message>
        <source>The database refused the change.</source>
        <translation>Die Datenbank hat die Änderung abgelehnt.</translation>
    </message>
</context>
<context>
    <name>MarkFollowUpDone</name>
    <message>
        <source>Mark follow-up done</source>
        <translation>Wiedervorlage erledigen</translation>
    </message>
    <message>
        <source>The database refused the change.</source>
        <translation>Die Datenbank hat die Änderung abgelehnt.</translation>
    </message>
</context>
<context>
    <name>MergeContacts</name>
    <message>
        <source>Merge into %1</source>
        <translation>In %1 zusammenführen</translation>
    </message>
</context>
<context>
    <name>MergeContactsDialog</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Wie wir uns kennen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
</context>
<context>
    <name>MergeService</name>
    <message>
        <source>Choose two different contacts to merge.</source>
        <translation>Wählen Sie zwei verschiedene Kontakte zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Cannot read what to merge from the database.</source>
        <translation>Was zusammengeführt werden soll, kann nicht aus der Datenbank gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot merge: %1</source>
        <translation>Zusammenführen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot merge: the database refused the change.</source>
        <translation>Zusammenführen nicht möglich: Die Datenbank hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot undo the merge: the database refused the change.</source>
        <translation>Das Zusammenführen kann nicht rückgängig gemacht werden: Die Datenbank hat die Änderung abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Rapport (schema %1; this version knows up to %2). It was not changed.</source>
        <translation>Diese Datenbank wurde von einer neueren Rapport-Version geschrieben (Schema %1; diese Version kennt bis %2). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot start the upgrade: %1</source>
        <translation>Die Aktualisierung kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed and was undone: %2</source>
        <translation>Die Aktualisierung der Datenbank auf Schema %1 ist fehlgeschlagen und wurde rückgängig gemacht: %2</translation>
    </message>
    <message>
        <source>Upgrading the database failed and was undone: %1</source>
        <translation>Die Aktualisierung der Datenbank ist fehlgeschlagen und wurde rückgängig gemacht: %1</translation>
    </message>
</context>
<context>
    <name>MoveToTrash</name>
    <message numerus="yes">
        <source>Restore %n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt wiederherstellen</numerusform>
            <numerusform>%n Kontakte wiederherstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt löschen</numerusform>
            <numerusform>%n Kontakte löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Nothing is due this week.</source>
        <translation>Diese Woche ist nichts fällig.</translation>
    </message>
    <message>
        <source>The ISO week, e.g. 2026-W48 (default: this week).</source>
        <translation>Die ISO-Woche, z. B. 2026-W48 (Standard: diese Woche).</translation>
    </message>
    <message>
        <source>Write the printable list as PDF.</source>
        <translation>Die druckbare Liste als PDF schreiben.</translation>
    </message>
    <message>
        <source>Write the printable list as HTML.</source>
        <translation>Die druckbare Liste als HTML schreiben.</translation>
    </message>
    <message>
        <source>Write the week&apos;s follow-ups as iCalendar to-dos.</source>
        <translation>Die Wiedervorlagen der Woche als iCalendar-Aufgaben schreiben.</translation>
    </message>
    <message>
        <source>Group by day (default) or priority.</source>
        <translation>Nach Tag (Standard) oder Priorität gruppieren.</translation>
    </message>
    <message>
        <source>Paper size: a4 or letter (default: from the locale).</source>
        <translation>Papierformat: a4 oder letter (Standard: aus dem Gebietsschema).</translation>
    </message>
    <message>
        <source>The week&apos;s list of people to get in touch with.</source>
        <translation>Die Liste der Woche: bei wem Sie sich melden sollten.</translation>
    </message>
    <message>
        <source>weekly takes no arguments; see --help.</source>
        <translation>weekly nimmt keine Argumente; siehe --help.</translation>
    </message>
    <message>
        <source>--by takes day or priority.</source>
        <translation>--by erwartet day oder priority.</translation>
    </message>
    <message>
        <source>%1 is not an ISO week; write it like 2026-W48.</source>
        <translation>%1 ist keine ISO-Woche; schreiben Sie sie wie 2026-W48.</translation>
    </message>
    <message>
        <source>--page takes a4 or letter.</source>
        <translation>--page erwartet a4 oder letter.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Show only the best N (e.g. 10 calls before 10).</source>
        <translation>Nur die besten N zeigen (z. B. 10 Anrufe vor 10 Uhr).</translation>
    </message>
    <message>
        <source>Who to get in touch with today, best first.</source>
        <translation>Bei wem Sie sich heute melden sollten, die Wichtigsten zuerst.</translation>
    </message>
    <message>
        <source>today takes no arguments; see --help.</source>
        <translation>today nimmt keine Argumente; siehe --help.</translation>
    </message>
    <message>
        <source>--limit takes a number greater than zero.</source>
        <translation>--limit erwartet eine Zahl größer als null.</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>Heute ist nichts fällig.</translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation>Bei %1 melden</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Opener: %1</source>
        <translation>Einstieg: %1</translation>
    </message>
    <message>
        <source>Still open from before this week</source>
        <translation>Noch offen aus früheren Wochen</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>erwartet %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>1 person to get in touch with.</source>
        <translation>1 Person, bei der Sie sich melden sollten.</translation>
    </message>
    <message>
        <source>Tick the box when done. Printed %1.</source>
        <translation>Kreuzen Sie das Kästchen an, wenn es erledigt ist. Gedruckt am %1.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>No phone or e-mail on file.</source>
        <translation>Kein Telefon und keine E-Mail hinterlegt.</translation>
    </message>
    <message>
        <source>Last conversation:</source>
        <translation>Letztes Gespräch:</translation>
    </message>
    <message>
        <source>No conversation on record yet.</source>
        <translation>Noch kein Gespräch erfasst.</translation>
    </message>
    <message>
        <source>Why now:</source>
        <translation>Warum jetzt:</translation>
    </message>
    <message>
        <source>Opener:</source>
        <translation>Einstieg:</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Printing needs the graphical part of Qt (a QGuiApplication) for fonts.</source>
        <translation>Drucken braucht den grafischen Teil von Qt (eine QGuiApplication) für Schriften.</translation>
    </message>
    <message>
        <source>There is nothing to print to.</source>
        <translation>Es gibt kein Ziel zum Drucken.</translation>
    </message>
    <message>
        <source>Cannot start printing: the output could not be opened.</source>
        <translation>Drucken kann nicht beginnen: Die Ausgabe konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Rapport · weekly list · printed %1</source>
        <translation>Rapport · Wochenliste · gedruckt am %1</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the printout.</source>
        <translation>Seite %1 des Ausdrucks kann nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n people to get in touch with.</source>
        <translation>
            <numerusform>%n Person, bei der Sie sich melden sollten.</numerusform>
            <numerusform>%n Personen, bei denen Sie sich melden sollten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message numerus="yes">
        <source>made %n introduction(s) or referral(s) for you</source>
        <translation>
            <numerusform>hat %n Vermittlung oder Empfehlung für Sie gemacht</numerusform>
            <numerusform>hat %n Vermittlungen oder Empfehlungen für Sie gemacht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n two-way conversation(s) over time</source>
        <translation>
            <numerusform>%n Gespräch in beide Richtungen über die Zeit</numerusform>
            <numerusform>%n Gespräche in beide Richtungen, über die Zeit verteilt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n two-way conversation(s)</source>
        <translation>
            <numerusform>%n Gespräch in beide Richtungen</numerusform>
            <numerusform>%n Gespräche in beide Richtungen</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n people are champions, but the innermost circle holds about 5: is each one really in it?</source>
        <translation>
            <numerusform>%n Person ist Fürsprecher, aber der innerste Kreis umfasst etwa 5: Gehört wirklich jede dazu?</numerusform>
            <numerusform>%n Personen sind Fürsprecher, aber der innerste Kreis umfasst etwa 5: Gehört wirklich jede dazu?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are champions or inner circle, but that layer holds about 15: some may be drifting.</source>
        <translation>
            <numerusform>%n Person ist Fürsprecher oder im inneren Kreis, aber diese Schicht umfasst etwa 15: Manche entfernen sich vielleicht.</numerusform>
            <numerusform>%n Personen sind Fürsprecher oder im inneren Kreis, aber diese Schicht umfasst etwa 15: Manche entfernen sich vielleicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are active, more than the 150 or so relationships a person can keep up.</source>
        <translation>
            <numerusform>%n Person ist aktiv, mehr als die etwa 150 Beziehungen, die ein Mensch pflegen kann.</numerusform>
            <numerusform>%n Personen sind aktiv, mehr als die etwa 150 Beziehungen, die ein Mensch pflegen kann.</numerusform>
        </translation>
    </message>
    <message>
        <source>you spoke today</source>
        <translation>heute gesprochen</translation>
    </message>
    <message numerus="yes">
        <source>last spoke %n day(s) ago</source>
        <translation>
            <numerusform>zuletzt vor %n Tag gesprochen</numerusform>
            <numerusform>zuletzt vor %n Tagen gesprochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last spoke %n week(s) ago</source>
        <translation>
            <numerusform>zuletzt vor %n Woche gesprochen</numerusform>
            <numerusform>zuletzt vor %n Wochen gesprochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last spoke %n month(s) ago</source>
        <translation>
            <numerusform>zuletzt vor %n Monat gesprochen</numerusform>
            <numerusform>zuletzt vor %n Monaten gesprochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you have not spoken in %n month(s)</source>
        <translation>
            <numerusform>seit %n Monat nicht gesprochen</numerusform>
            <numerusform>seit %n Monaten nicht gesprochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n two-way conversation(s) this year</source>
        <translation>
            <numerusform>%n Gespräch in beide Richtungen in diesem Jahr</numerusform>
            <numerusform>%n Gespräche in beide Richtungen in diesem Jahr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>they started %n conversation(s)</source>
        <translation>
            <numerusform>hat %n Gespräch begonnen</numerusform>
            <numerusform>hat %n Gespräche begonnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you started all %n conversation(s)</source>
        <translation>
            <numerusform>Sie haben das einzige Gespräch (%n) begonnen</numerusform>
            <numerusform>Sie haben alle %n Gespräche begonnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>they wrote %n message(s) to you</source>
        <translation>
            <numerusform>hat Ihnen %n Nachricht geschrieben</numerusform>
            <numerusform>hat Ihnen %n Nachrichten geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>met in person %n time(s)</source>
        <translation>
            <numerusform>%n-mal persönlich getroffen</numerusform>
            <numerusform>%n-mal persönlich getroffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) or video call(s)</source>
        <translation>
            <numerusform>%n Anruf oder Videoanruf</numerusform>
            <numerusform>%n Anrufe oder Videoanrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n written exchange(s), no calls or meetings</source>
        <translation>
            <numerusform>%n schriftlicher Kontakt, keine Anrufe oder Treffen</numerusform>
            <numerusform>%n schriftliche Kontakte, keine Anrufe oder Treffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>known for %n year(s)</source>
        <translation>
            <numerusform>seit %n Jahr bekannt</numerusform>
            <numerusform>seit %n Jahren bekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>known for %n month(s)</source>
        <translation>
            <numerusform>seit %n Monat bekannt</numerusform>
            <numerusform>seit %n Monaten bekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>introduced you to %n person(s)</source>
        <translation>
            <numerusform>hat Sie %n Person vorgestellt</numerusform>
            <numerusform>hat Sie %n Personen vorgestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent you %n referral(s)</source>
        <translation>
            <numerusform>hat Ihnen %n Empfehlung geschickt</numerusform>
            <numerusform>hat Ihnen %n Empfehlungen geschickt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>helped you %n time(s)</source>
        <translation>
            <numerusform>hat Ihnen %n-mal geholfen</numerusform>
            <numerusform>hat Ihnen %n-mal geholfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you helped them %n time(s)</source>
        <translation>
            <numerusform>Sie haben %n-mal geholfen</numerusform>
            <numerusform>Sie haben %n-mal geholfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fits your target market on %n point(s)</source>
        <translation>
            <numerusform>passt in %n Punkt zu Ihrem Zielmarkt</numerusform>
            <numerusform>passt in %n Punkten zu Ihrem Zielmarkt</numerusform>
        </translation>
    </message>
    <message>
        <source>you know what they do and how you met</source>
        <translation>Sie wissen, was die Person macht und woher Sie sich kennen</translation>
    </message>
    <message>
        <source>you know what they do</source>
        <translation>Sie wissen, was die Person macht</translation>
    </message>
    <message>
        <source>you know how you met</source>
        <translation>Sie wissen, woher Sie sich kennen</translation>
    </message>
    <message>
        <source>you have not noted what they do or how you met</source>
        <translation>Sie haben nicht notiert, was die Person macht oder woher Sie sich kennen</translation>
    </message>
    <message>
        <source>their invitation looked like a collector&apos;s</source>
        <translation>die Einladung sah nach einem Sammler aus</translation>
    </message>
    <message numerus="yes">
        <source>connected %n month(s) ago but never talked</source>
        <translation>
            <numerusform>vor %n Monat verbunden, aber nie gesprochen</numerusform>
            <numerusform>vor %n Monaten verbunden, aber nie gesprochen</numerusform>
        </translation>
    </message>
    <message>
        <source>connected but never talked</source>
        <translation>verbunden, aber nie gesprochen</translation>
    </message>
    <message numerus="yes">
        <source>never replied to your %n message(s)</source>
        <translation>
            <numerusform>hat auf Ihre %n Nachricht nie geantwortet</numerusform>
            <numerusform>hat auf Ihre %n Nachrichten nie geantwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>left %n of your message(s) unanswered</source>
        <translation>
            <numerusform>hat %n Nachricht von Ihnen unbeantwortet gelassen</numerusform>
            <numerusform>hat %n Ihrer Nachrichten unbeantwortet gelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>you put them at the %1 stage</source>
        <translation>Sie haben die Person in die Phase %1 gesetzt</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <source>Inner circle</source>
        <translation>Innerer Kreis</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Ruhend</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Gesammelt</translation>
    </message>
    <message>
        <source>Recent conversation</source>
        <translation>Kürzliches Gespräch</translation>
    </message>
    <message>
        <source>Recency fades by half every (days)</source>
        <translation>Aktualität halbiert sich alle (Tage)</translation>
    </message>
    <message>
        <source>Conversations in the last year</source>
        <translation>Gespräche im letzten Jahr</translation>
    </message>
    <message>
        <source>Conversations a year that count fully</source>
        <translation>Gespräche pro Jahr, die voll zählen</translation>
    </message>
    <message>
        <source>They reach out too</source>
        <translation>Die Person meldet sich auch selbst</translation>
    </message>
    <message>
        <source>Meetings and calls rather than messages</source>
        <translation>Treffen und Anrufe statt Nachrichten</translation>
    </message>
    <message>
        <source>Known for a long time</source>
        <translation>Lange bekannt</translation>
    </message>
    <message>
        <source>Years that count fully</source>
        <translation>Jahre, die voll zählen</translation>
    </message>
    <message>
        <source>Introductions and help you received</source>
        <translation>Erhaltene Vermittlungen und Hilfe</translation>
    </message>
    <message>
        <source>Introductions and help you gave</source>
        <translation>Geleistete Vermittlungen und Hilfe</translation>
    </message>
    <message>
        <source>Fits your target market</source>
        <translation>Passt zu Ihrem Zielmarkt</translation>
    </message>
    <message>
        <source>You know what they do and how you met</source>
        <translation>Sie wissen, was die Person macht und woher Sie sich kennen</translation>
    </message>
    <message>
        <source>Champion stage you set</source>
        <translation>Von Ihnen gesetzte Beziehungsphase</translation>
    </message>
    <message>
        <source>Penalty: invitation from a collector</source>
        <translation>Abzug: Einladung von einem Sammler</translation>
    </message>
    <message>
        <source>Penalty: connected but never talked</source>
        <translation>Abzug: verbunden, aber nie gesprochen</translation>
    </message>
    <message>
        <source>Penalty: messages never answered</source>
        <translation>Abzug: Nachrichten nie beantwortet</translation>
    </message>
    <message>
        <source>Score for Champion</source>
        <translation>Score für Fürsprecher</translation>
    </message>
    <message>
        <source>Score for Inner circle</source>
        <translation>Score für Inneren Kreis</translation>
    </message>
    <message>
        <source>Active if spoken within (days)</source>
        <translation>Aktiv, wenn gesprochen innerhalb von (Tagen)</translation>
    </message>
    <message>
        <source>Cannot update the scores: the database is busy.</source>
        <translation>Die Scores können nicht aktualisiert werden: Die Datenbank ist belegt.</translation>
    </message>
    <message>
        <source>Cannot update the scores: %1</source>
        <translation>Die Scores können nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Cannot update the scores: the database refused the change.</source>
        <translation>Die Scores können nicht aktualisiert werden: Die Datenbank hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot update the score: %1</source>
        <translation>Der Score kann nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the score: %1</source>
        <translation>Der Score kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Contact %1 has no score yet.</source>
        <translation>Kontakt %1 hat noch keinen Score.</translation>
    </message>
    <message>
        <source>Cannot read the scores: %1</source>
        <translation>Die Scores können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the data for scoring: %1</source>
        <translation>Die Daten für die Bewertung können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>SetArchived</name>
    <message numerus="yes">
        <source>Archive %n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt archivieren</numerusform>
            <numerusform>%n Kontakte archivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unarchive %n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt aus dem Archiv holen</numerusform>
            <numerusform>%n Kontakte aus dem Archiv holen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetCadence</name>
    <message>
        <source>The database refused the change.</source>
        <translation>Die Datenbank hat die Änderung abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>Set cadence of %n contact(s)</source>
        <translation>
            <numerusform>Rhythmus für %n Kontakt festlegen</numerusform>
            <numerusform>Rhythmus für %n Kontakte festlegen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>No sync conflicts.</source>
        <translation>Keine Synchronisierungskonflikte.</translation>
    </message>
    <message>
        <source>Synced with %1 in %2 s.</source>
        <translation>Mit %1 in %2 s synchronisiert.</translation>
    </message>
    <message>
        <source>  Pulled: %1 new, %2 updated, %3 moved to the Trash.</source>
        <translation>  Geholt: %1 neu, %2 aktualisiert, %3 in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <source>  Pushed: %1 new, %2 updated, %3 deleted.</source>
        <translation>  Gesendet: %1 neu, %2 aktualisiert, %3 gelöscht.</translation>
    </message>
    <message>
        <source>  Follow-ups: %1 published, %2 removed from the calendar.</source>
        <translation>  Wiedervorlagen: %1 veröffentlicht, %2 aus dem Kalender entfernt.</translation>
    </message>
    <message>
        <source>  Conflicts: %1, both versions kept (rapport-cli sync --conflicts lists them).</source>
        <translation>  Konflikte: %1, beide Versionen behalten (rapport-cli sync --conflicts listet sie auf).</translation>
    </message>
    <message>
        <source>  Not synced: %1 items the server refused; they are tried again next time.</source>
        <translation>  Nicht synchronisiert: %1 Einträge, die der Server abgelehnt hat; sie werden beim nächsten Mal erneut versucht.</translation>
    </message>
    <message>
        <source>CardDAV server (a bare host means https://).</source>
        <translation>CardDAV-Server (ein bloßer Hostname bedeutet https://).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>User name on the server.</source>
        <translation>Benutzername auf dem Server.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Also publish follow-ups as to-dos to a CalDAV calendar.</source>
        <translation>Wiedervorlagen auch als Aufgaben in einem CalDAV-Kalender veröffentlichen.</translation>
    </message>
    <message>
        <source>List the conflicts earlier syncs recorded, and do not sync.</source>
        <translation>Die Konflikte früherer Synchronisierungen auflisten und nicht synchronisieren.</translation>
    </message>
    <message>
        <source>Two-way sync of the contacts with a CardDAV server. The password comes from the system keychain or RAPPORT_SYNC_PASSWORD.</source>
        <translation>Zwei-Wege-Synchronisierung der Kontakte mit einem CardDAV-Server. Das Passwort kommt aus dem Schlüsselbund des Systems oder aus RAPPORT_SYNC_PASSWORD.</translation>
    </message>
    <message>
        <source>sync needs --url URL and --user NAME.</source>
        <translation>sync braucht --url URL und --user NAME.</translation>
    </message>
    <message>
        <source>%1 is not a server address; use a host name or an https:// URL.</source>
        <translation>%1 ist keine Serveradresse; verwenden Sie einen Hostnamen oder eine https://-URL.</translation>
    </message>
    <message>
        <source>No password was found in the keychain or RAPPORT_SYNC_PASSWORD.</source>
        <translation>Weder im Schlüsselbund noch in RAPPORT_SYNC_PASSWORD wurde ein Passwort gefunden.</translation>
    </message>
    <message>
        <source>The address book is gone from the server; the next sync looks for it again.</source>
        <translation>Das Adressbuch ist auf dem Server nicht mehr vorhanden; die nächste Synchronisierung sucht erneut danach.</translation>
    </message>
    <message>
        <source>The server refused to list the address book (HTTP %1).</source>
        <translation>Der Server hat das Auflisten des Adressbuchs abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused to send the contacts (HTTP %1).</source>
        <translation>Der Server hat das Senden der Kontakte abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the card (HTTP %1).</source>
        <translation>Der Server hat die Karte abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused to delete the card (HTTP %1).</source>
        <translation>Der Server hat das Löschen der Karte abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The card kept changing on the server; it is tried again next time.</source>
        <translation>Die Karte hat sich auf dem Server ständig geändert; sie wird beim nächsten Mal erneut versucht.</translation>
    </message>
    <message>
        <source>The server refused to send the card (HTTP %1).</source>
        <translation>Der Server hat das Senden der Karte abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>%1 does not look like a CardDAV server (no address book or user principal found).</source>
        <translation>%1 sieht nicht nach einem CardDAV-Server aus (kein Adressbuch und kein Benutzer-Principal gefunden).</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>The server has no address book and refused to create one (HTTP %1).</source>
        <translation>Der Server hat kein Adressbuch und hat das Anlegen eines Adressbuchs abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Rapport follow-ups</source>
        <translation>Rapport-Wiedervorlagen</translation>
    </message>
    <message>
        <source>The server refused to create the follow-ups calendar (HTTP %1).</source>
        <translation>Der Server hat das Anlegen des Wiedervorlagen-Kalenders abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Cannot read the follow-ups: %1</source>
        <translation>Die Wiedervorlagen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the contacts: %1</source>
        <translation>Die Kontakte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the synced contact: the database refused the change.</source>
        <translation>Der synchronisierte Kontakt kann nicht gespeichert werden: Die Datenbank hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot move the contact to the Trash: the database refused the change.</source>
        <translation>Der Kontakt kann nicht in den Papierkorb verschoben werden: Die Datenbank hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>No password is stored for this account.</source>
        <translation>Für dieses Konto ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>Der Schlüsselbund des Systems konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund des Systems gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example dav.example.org.</source>
        <translation>Geben Sie die Adresse des Servers ein, zum Beispiel dav.example.org.</translation>
    </message>
    <message>
        <source>Offline, will sync later (%1).</source>
        <translation>Offline, wird später synchronisiert (%1).</translation>
    </message>
    <message>
        <source>The server refused the user name or password for %1.</source>
        <translation>Der Server hat Benutzername oder Passwort für %1 abgelehnt.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted. Check it and accept it only if you expected it.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut. Prüfen Sie es und akzeptieren Sie es nur, wenn Sie es erwartet haben.</translation>
    </message>
    <message>
        <source>The server could not be synced with: %1</source>
        <translation>Synchronisierung mit dem Server nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot read the sync account: %1</source>
        <translation>Das Synchronisierungskonto kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the sync account: %1</source>
        <translation>Das Synchronisierungskonto kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the sync account.</source>
        <translation>Das Synchronisierungskonto kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot read the sync state: %1</source>
        <translation>Der Synchronisierungsstand kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Looking for the address book…</source>
        <translation>Adressbuch wird gesucht…</translation>
    </message>
    <message>
        <source>Reading changes from the server…</source>
        <translation>Änderungen werden vom Server gelesen…</translation>
    </message>
    <message>
        <source>Sending changes to the server…</source>
        <translation>Änderungen werden an den Server gesendet…</translation>
    </message>
    <message>
        <source>Publishing follow-ups to the calendar…</source>
        <translation>Wiedervorlagen werden im Kalender veröffentlicht…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Offline, will sync later</source>
        <translation>Offline, wird später synchronisiert</translation>
    </message>
    <message>
        <source>The server refused the user name or password</source>
        <translation>Der Server hat Benutzername oder Passwort abgelehnt</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut</translation>
    </message>
    <message>
        <source>The server could not be synced with</source>
        <translation>Synchronisierung mit dem Server nicht möglich</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Synchronisierung abgebrochen</translation>
    </message>
    <message>
        <source>Both sides changed; the server&apos;s newer version was kept, the local one is saved here.</source>
        <translation>Beide Seiten wurden geändert; die neuere Version des Servers wurde behalten, die lokale ist hier gespeichert.</translation>
    </message>
    <message>
        <source>Both sides changed; the newer local version was kept, the server&apos;s one is saved here.</source>
        <translation>Beide Seiten wurden geändert; die neuere lokale Version wurde behalten, die des Servers ist hier gespeichert.</translation>
    </message>
    <message>
        <source>One side deleted what the other changed; the changed version was kept.</source>
        <translation>Eine Seite hat gelöscht, was die andere geändert hat; die geänderte Version wurde behalten.</translation>
    </message>
    <message>
        <source>The server sent something that is not a vCard.</source>
        <translation>Der Server hat etwas gesendet, das keine vCard ist.</translation>
    </message>
    <message>
        <source>refused a redirect from https to %1</source>
        <translation>Umleitung von https nach %1 abgelehnt</translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message numerus="yes">
        <source>%n mutual connection(s)</source>
        <translation>
            <numerusform>%n gemeinsamer Kontakt</numerusform>
            <numerusform>%n gemeinsame Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Mutual connections unknown</source>
        <translation>Gemeinsame Kontakte unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier conversation(s) in Rapport</source>
        <translation>
            <numerusform>%n früheres Gespräch in Rapport</numerusform>
            <numerusform>%n frühere Gespräche in Rapport</numerusform>
        </translation>
    </message>
    <message>
        <source>Introduction recorded in Rapport</source>
        <translation>Vermittlung in Rapport erfasst</translation>
    </message>
    <message>
        <source>The note is empty or LinkedIn&apos;s default text, so only the profile data can decide</source>
        <translation>Die Notiz ist leer oder der Standardtext von LinkedIn, also können nur die Profildaten entscheiden</translation>
    </message>
    <message>
        <source>Fewer than 15 mutual connections</source>
        <translation>Weniger als 15 gemeinsame Kontakte</translation>
    </message>
    <message>
        <source>The sender has more than 2,000 connections</source>
        <translation>Der Absender hat mehr als 2.000 Kontakte</translation>
    </message>
    <message>
        <source>The sender&apos;s headline advertises open networking or selling</source>
        <translation>Die Überschrift des Absenders wirbt mit offenem Netzwerken oder Verkauf</translation>
    </message>
    <message>
        <source>Many mutual connections, a modest network and a plain headline</source>
        <translation>Viele gemeinsame Kontakte, ein überschaubares Netzwerk und eine schlichte Überschrift</translation>
    </message>
    <message>
        <source>Collects connections in bulk (open networker, connection goals, accepts everyone)</source>
        <translation>Sammelt Kontakte in großer Zahl (offenes Netzwerken, Kontaktziele, nimmt alle an)</translation>
    </message>
    <message>
        <source>Asks you to follow, endorse, share or pass them on</source>
        <translation>Bittet Sie, zu folgen, zu empfehlen, zu teilen oder weiterzuleiten</translation>
    </message>
    <message>
        <source>Talks about themselves, not about you</source>
        <translation>Redet über sich selbst, nicht über Sie</translation>
    </message>
    <message>
        <source>Lists credentials, client counts or media mentions</source>
        <translation>Zählt Qualifikationen, Kundenzahlen oder Presseerwähnungen auf</translation>
    </message>
    <message>
        <source>Offers a product or service</source>
        <translation>Bietet ein Produkt oder eine Dienstleistung an</translation>
    </message>
    <message>
        <source>Sales call to action (free offer, discount, booking link, messenger number)</source>
        <translation>Verkaufsaufforderung (Gratisangebot, Rabatt, Buchungslink, Messenger-Nummer)</translation>
    </message>
    <message>
        <source>Asks for a call or a meeting</source>
        <translation>Bittet um einen Anruf oder ein Treffen</translation>
    </message>
    <message>
        <source>Asks for a job, a referral or to read a CV</source>
        <translation>Bittet um einen Job, eine Empfehlung oder das Lesen eines Lebenslaufs</translation>
    </message>
    <message>
        <source>Asks for money, sponsorship, buyers or investors</source>
        <translation>Bittet um Geld, Sponsoring, Käufer oder Investoren</translation>
    </message>
    <message>
        <source>Generic recruiter message (keyword match, rate and availability)</source>
        <translation>Allgemeine Recruiter-Nachricht (Stichworttreffer, Tagessatz und Verfügbarkeit)</translation>
    </message>
    <message>
        <source>Asks for something in the first message without any shared history</source>
        <translation>Bittet schon in der ersten Nachricht um etwas, ohne gemeinsame Vorgeschichte</translation>
    </message>
    <message>
        <source>Crypto, forex, passive income, MLM or pay-to-be-featured offer</source>
        <translation>Krypto, Forex, passives Einkommen, MLM oder Angebot gegen Bezahlung vorgestellt zu werden</translation>
    </message>
    <message>
        <source>Flattery without saying anything specific</source>
        <translation>Schmeichelei, ohne etwas Konkretes zu sagen</translation>
    </message>
    <message>
        <source>A pretext instead of a reason (mutual connections, same group, viewed your profile, synergies)</source>
        <translation>Ein Vorwand statt eines Grundes (gemeinsame Kontakte, gleiche Gruppe, hat Ihr Profil angesehen, Synergien)</translation>
    </message>
    <message>
        <source>Mentions your post, work or an event without saying which</source>
        <translation>Erwähnt Ihren Beitrag, Ihre Arbeit oder eine Veranstaltung, ohne zu sagen, welche</translation>
    </message>
    <message>
        <source>Contains unfilled mail-merge fields</source>
        <translation>Enthält nicht ausgefüllte Serienbrief-Felder</translation>
    </message>
    <message>
        <source>Addresses a category of people, not you</source>
        <translation>Spricht eine Gruppe von Menschen an, nicht Sie</translation>
    </message>
    <message>
        <source>Names nothing specific to you or to a shared past</source>
        <translation>Nennt nichts, was speziell Sie oder eine gemeinsame Vergangenheit betrifft</translation>
    </message>
    <message>
        <source>Mentions your work only to lead into a pitch</source>
        <translation>Erwähnt Ihre Arbeit nur als Überleitung zu einem Verkaufsgespräch</translation>
    </message>
    <message>
        <source>Refers to something you did together or an existing relationship</source>
        <translation>Bezieht sich auf etwas, das Sie gemeinsam gemacht haben, oder auf eine bestehende Beziehung</translation>
    </message>
    <message>
        <source>Met you at a named event or place</source>
        <translation>Hat Sie bei einer genannten Veranstaltung oder an einem genannten Ort getroffen</translation>
    </message>
    <message>
        <source>Recalls something you said or did</source>
        <translation>Erinnert an etwas, das Sie gesagt oder getan haben</translation>
    </message>
    <message>
        <source>A named person introduced you or suggested the contact</source>
        <translation>Eine namentlich genannte Person hat Sie vorgestellt oder den Kontakt vorgeschlagen</translation>
    </message>
    <message>
        <source>Thanks you or congratulates you for something specific</source>
        <translation>Dankt Ihnen oder gratuliert Ihnen zu etwas Bestimmtem</translation>
    </message>
    <message>
        <source>Refers to a specific piece of your work</source>
        <translation>Bezieht sich auf eine bestimmte Arbeit von Ihnen</translation>
    </message>
    <message>
        <source>Asks a relevant question, gives feedback or offers something concrete</source>
        <translation>Stellt eine passende Frage, gibt Rückmeldung oder bietet etwas Konkretes an</translation>
    </message>
    <message>
        <source>Proposes a concrete next step</source>
        <translation>Schlägt einen konkreten nächsten Schritt vor</translation>
    </message>
    <message>
        <source>Asks how they can help you</source>
        <translation>Fragt, wie er oder sie Ihnen helfen kann</translation>
    </message>
    <message>
        <source>Mentions your company or work topics</source>
        <translation>Erwähnt Ihre Firma oder Ihre Arbeitsthemen</translation>
    </message>
    <message>
        <source>You have talked with this person before</source>
        <translation>Sie haben schon mit dieser Person gesprochen</translation>
    </message>
    <message>
        <source>Rapport records an introduction to this person</source>
        <translation>Rapport hat eine Vermittlung zu dieser Person erfasst</translation>
    </message>
    <message>
        <source>Cannot read your triage decisions: %1</source>
        <translation>Ihre Sichtungsentscheidungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Name collector</source>
        <translation>Namenssammler</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation>Echt</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Unklar</translation>
    </message>
    <message>
        <source>Cannot read the learned triage weights: %1</source>
        <translation>Die gelernten Sichtungsgewichte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the learned triage weights: %1</source>
        <translation>Die gelernten Sichtungsgewichte können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the learned triage weights.</source>
        <translation>Die gelernten Sichtungsgewichte können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot reset the triage weights: %1</source>
        <translation>Die Sichtungsgewichte können nicht zurückgesetzt werden: %1</translation>
    </message>
    <message>
        <source>Fill in the placeholders: they show the note was sent in bulk.</source>
        <translation>Füllen Sie die Platzhalter aus: Sie verraten, dass die Notiz massenhaft verschickt wurde.</translation>
    </message>
    <message>
        <source>Leave the pitch for later: a first note that asks for business reads as collecting names.</source>
        <translation>Heben Sie sich das Verkaufsgespräch für später auf: Eine erste Notiz, die um Geschäfte bittet, wirkt wie Namensammeln.</translation>
    </message>
    <message>
        <source>Drop requests to follow, endorse or share, and talk of connection counts.</source>
        <translation>Lassen Sie Bitten ums Folgen, Empfehlen oder Teilen weg, ebenso Kontaktzahlen.</translation>
    </message>
    <message>
        <source>Say where you know them from: a project, a named event, or who introduced you.</source>
        <translation>Sagen Sie, woher Sie die Person kennen: ein Projekt, eine genannte Veranstaltung oder wer Sie vorgestellt hat.</translation>
    </message>
    <message>
        <source>Say where you know %1 from: a project, a named event, or who introduced you.</source>
        <translation>Sagen Sie, woher Sie %1 kennen: ein Projekt, eine genannte Veranstaltung oder wer Sie vorgestellt hat.</translation>
    </message>
    <message>
        <source>Mention something specific about their work (which talk, post, paper or project) and why it mattered to you.</source>
        <translation>Erwähnen Sie etwas Bestimmtes aus der Arbeit der Person (welcher Vortrag, Beitrag, Artikel oder welches Projekt) und warum es Ihnen wichtig war.</translation>
    </message>
    <message>
        <source>Replace general praise or &quot;mutual connections&quot; with one concrete detail.</source>
        <translation>Ersetzen Sie allgemeines Lob oder „gemeinsame Kontakte“ durch ein konkretes Detail.</translation>
    </message>
    <message>
        <source>Say less about yourself and more about why you are writing to them.</source>
        <translation>Sagen Sie weniger über sich und mehr darüber, warum Sie schreiben.</translation>
    </message>
    <message>
        <source>Say how you could help them, or ask one concrete question.</source>
        <translation>Sagen Sie, wie Sie helfen könnten, oder stellen Sie eine konkrete Frage.</translation>
    </message>
    <message>
        <source>LinkedIn notes are limited to %1 characters; this one has %2.</source>
        <translation>LinkedIn-Notizen sind auf %1 Zeichen begrenzt; diese hat %2.</translation>
    </message>
    <message>
        <source>Cannot read the invitations: %1</source>
        <translation>Die Einladungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the verdicts: %1</source>
        <translation>Die Einstufungen können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the verdicts: the database refused.</source>
        <translation>Die Einstufungen können nicht gespeichert werden: Die Datenbank hat abgelehnt.</translation>
    </message>
    <message>
        <source>Unknown decision &quot;%1&quot;; use accepted, ignored or flag_wrong.</source>
        <translation>Unbekannte Entscheidung „%1“; verwenden Sie accepted, ignored oder flag_wrong.</translation>
    </message>
    <message>
        <source>Unnamed sender</source>
        <translation>Unbenannter Absender</translation>
    </message>
    <message>
        <source>Cannot save the decision: the database refused.</source>
        <translation>Die Entscheidung kann nicht gespeichert werden: Die Datenbank hat abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot undo: the database refused.</source>
        <translation>Rückgängigmachen nicht möglich: Die Datenbank hat abgelehnt.</translation>
    </message>
    <message>
        <source>Hi %1, thanks for reaching out! I try to keep my network to people I actually know or work with. Could you tell me how you came across me and what you have in mind? Happy to connect once I understand the context.</source>
        <translation>Hallo %1, danke für Ihre Anfrage! Ich versuche, mein Netzwerk auf Menschen zu beschränken, die ich wirklich kenne oder mit denen ich arbeite. Können Sie mir sagen, wie Sie auf mich gestoßen sind und was Sie vorhaben? Gerne vernetze ich mich, sobald ich den Zusammenhang verstehe.</translation>
    </message>
    <message>
        <source>there</source>
        <translation>zusammen</translation>
    </message>
    <message>
        <source>Write your own words: the default invitation text is what name collectors send.</source>
        <translation>Schreiben Sie eigene Worte: Der Standardtext für Einladungen ist genau das, was Namenssammler schicken.</translation>
    </message>
</context>
<context>
    <name>TriageStyle</name>
    <message>
        <source>Points to a name collector</source>
        <translation>Spricht für einen Namenssammler</translation>
    </message>
    <message>
        <source>Points to a genuine request</source>
        <translation>Spricht für eine echte Anfrage</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 direction (&quot;Points to a name collector&quot;), %2 the reason in plain words</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (“%3”)</source>
        <extracomment>%1 direction, %2 the reason in plain words, %3 the words of the message that triggered it</extracomment>
        <translation>%1: %2 („%3“)</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kreise</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This Week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Network audit: Dunbar layers and warnings</source>
        <translation>Netzwerk-Audit: Dunbar-Schichten und Warnungen</translation>
    </message>
    <message>
        <source>Champions pipeline, suggestions, give/receive</source>
        <translation>Fürsprecher-Pipeline, Vorschläge, Geben/Nehmen</translation>
    </message>
    <message>
        <source>list, add, show, edit or delete contacts</source>
        <translation>Kontakte auflisten, hinzufügen, anzeigen, bearbeiten oder löschen</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity</source>
        <translation>die Integrität der Datenbank prüfen</translation>
    </message>
    <message>
        <source>write a verified backup to FILE</source>
        <translation>eine geprüfte Sicherung nach DATEI schreiben</translation>
    </message>
    <message>
        <source>restore the database from a backup FILE</source>
        <translation>die Datenbank aus einer Sicherungsdatei wiederherstellen</translation>
    </message>
    <message>
        <source>create (or --remove) a sample network</source>
        <translation>ein Beispielnetzwerk anlegen (oder mit --remove entfernen)</translation>
    </message>
    <message>
        <source>Add, list, complete, snooze or reschedule follow-ups</source>
        <translation>Wiedervorlagen hinzufügen, auflisten, erledigen, zurückstellen oder verschieben</translation>
    </message>
    <message>
        <source>import a LinkedIn export, vCards, Google or Outlook CSV</source>
        <translation>einen LinkedIn-Export, vCards, Google- oder Outlook-CSV importieren</translation>
    </message>
    <message>
        <source>record a conversation (call, meeting, message, ...)</source>
        <translation>ein Gespräch erfassen (Anruf, Treffen, Nachricht, ...)</translation>
    </message>
    <message>
        <source>Relationship scores with tiers and reasons</source>
        <translation>Beziehungs-Scores mit Stufen und Gründen</translation>
    </message>
    <message>
        <source>The week&apos;s list to print: text, JSON, HTML, PDF, iCalendar</source>
        <translation>Die Wochenliste zum Drucken: Text, JSON, HTML, PDF, iCalendar</translation>
    </message>
    <message>
        <source>Who to get in touch with today, best first</source>
        <translation>Bei wem Sie sich heute melden sollten, die Wichtigsten zuerst</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>Usage: rapport-cli [--db PATH] [--json] COMMAND [options]</source>
        <translation>Aufruf: rapport-cli [--db PFAD] [--json] BEFEHL [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Global options:
  --db PATH   the database file (default: $RAPPORT_DB, else rapport.sqlite in the application data folder)
  --json      machine-readable output
  --help      this text; COMMAND --help for a command&apos;s options
</source>
        <translation>Globale Optionen:
  --db PFAD   die Datenbankdatei (Standard: $RAPPORT_DB, sonst rapport.sqlite im Datenordner der Anwendung)
  --json      maschinenlesbare Ausgabe
  --help      dieser Text; BEFEHL --help für die Optionen eines Befehls
</translation>
    </message>
    <message>
        <source>rapport-cli: unknown option %1</source>
        <translation>rapport-cli: unbekannte Option %1</translation>
    </message>
    <message>
        <source>rapport-cli: unknown command %1</source>
        <translation>rapport-cli: unbekannter Befehl %1</translation>
    </message>
    <message>
        <source>Contacts: %1 (real relationships %2, connections only %3)</source>
        <translation>Kontakte: %1 (echte Beziehungen %2, nur verbunden %3)</translation>
    </message>
    <message>
        <source>Tiers:</source>
        <translation>Stufen:</translation>
    </message>
    <message>
        <source>Dunbar layers (by score, among real relationships)</source>
        <translation>Dunbar-Schichten (nach Score, unter echten Beziehungen)</translation>
    </message>
    <message>
        <source>lowest score %1</source>
        <translation>niedrigster Score %1</translation>
    </message>
    <message>
        <source>more</source>
        <translation>mehr</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Never talked to, no context noted: %1</source>
        <translation>Nie gesprochen, kein Kontext notiert: %1</translation>
    </message>
    <message>
        <source>collector</source>
        <translation>Sammler</translation>
    </message>
    <message>
        <source>Also list the first N contacts you have never talked to.</source>
        <translation>Auch die ersten N Kontakte auflisten, mit denen Sie nie gesprochen haben.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Network audit: real relationships against Dunbar&apos;s layers (5/15/50/150), warnings, and who you have never talked to.</source>
        <translation>Netzwerk-Audit: echte Beziehungen gemessen an Dunbars Schichten (5/15/50/150), Warnungen und mit wem Sie nie gesprochen haben.</translation>
    </message>
    <message>
        <source>--queue needs a number.</source>
        <translation>--queue braucht eine Zahl.</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>Unerwartetes Argument %1.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Ready to move on</source>
        <translation>Bereit für den nächsten Schritt</translation>
    </message>
    <message>
        <source>nobody right now</source>
        <translation>derzeit niemand</translation>
    </message>
    <message>
        <source>Develop next</source>
        <translation>Als Nächstes entwickeln</translation>
    </message>
    <message>
        <source>Give and receive: you gave %1, you received %2</source>
        <translation>Geben und Nehmen: Sie haben %1 gegeben und %2 erhalten</translation>
    </message>
    <message>
        <source>gave %1, received %2</source>
        <translation>%1 gegeben, %2 erhalten</translation>
    </message>
    <message>
        <source>How many people to suggest developing (default 10).</source>
        <translation>Wie viele Personen zur Entwicklung vorgeschlagen werden (Standard 10).</translation>
    </message>
    <message>
        <source>The champions pipeline: counts per stage, who is ready to move on, whom to develop next, and the give/receive balance.</source>
        <translation>Die Fürsprecher-Pipeline: Anzahl je Phase, wer bereit für den nächsten Schritt ist, wen Sie als Nächstes entwickeln sollten, und die Bilanz von Geben und Nehmen.</translation>
    </message>
    <message>
        <source>--limit needs a number.</source>
        <translation>--limit braucht eine Zahl.</translation>
    </message>
    <message>
        <source>Full name as shown.</source>
        <translation>Vollständiger Name wie angezeigt.</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>Vorname.</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Nachname.</translation>
    </message>
    <message>
        <source>Company.</source>
        <translation>Firma.</translation>
    </message>
    <message>
        <source>Position or role.</source>
        <translation>Position oder Rolle.</translation>
    </message>
    <message>
        <source>Headline.</source>
        <translation>Überschrift.</translation>
    </message>
    <message>
        <source>Industry.</source>
        <translation>Branche.</translation>
    </message>
    <message>
        <source>Location.</source>
        <translation>Ort.</translation>
    </message>
    <message>
        <source>LinkedIn profile URL.</source>
        <translation>URL des LinkedIn-Profils.</translation>
    </message>
    <message>
        <source>How you met.</source>
        <translation>Wie Sie sich kennengelernt haben.</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notizen.</translation>
    </message>
    <message>
        <source>Birthday (YYYY-MM-DD or --MM-DD).</source>
        <translation>Geburtstag (JJJJ-MM-TT oder --MM-TT).</translation>
    </message>
    <message>
        <source>E-mail address (repeatable; LABEL:ADDRESS to label it).</source>
        <translation>E-Mail-Adresse (wiederholbar; BEZEICHNUNG:ADRESSE, um sie zu benennen).</translation>
    </message>
    <message>
        <source>Phone number (repeatable; LABEL:NUMBER to label it).</source>
        <translation>Telefonnummer (wiederholbar; BEZEICHNUNG:NUMMER, um sie zu benennen).</translation>
    </message>
    <message>
        <source>Circle to put the contact in (repeatable).</source>
        <translation>Kreis, in den der Kontakt kommt (wiederholbar).</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Wie wir uns kennen</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kreise</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Verbunden seit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>In the Trash</source>
        <translation>Im Papierkorb</translation>
    </message>
    <message>
        <source>Give the contact&apos;s id, e.g. &quot;contacts show 12&quot;.</source>
        <translation>Geben Sie die ID des Kontakts an, z. B. „contacts show 12“.</translation>
    </message>
    <message>
        <source>list: only contacts matching these words.</source>
        <translation>list: nur Kontakte, die zu diesen Wörtern passen.</translation>
    </message>
    <message>
        <source>list: at most this many rows.</source>
        <translation>list: höchstens so viele Zeilen.</translation>
    </message>
    <message>
        <source>list: archived contacts instead.</source>
        <translation>list: stattdessen archivierte Kontakte.</translation>
    </message>
    <message>
        <source>list: contacts in the Trash instead.</source>
        <translation>list: stattdessen Kontakte im Papierkorb.</translation>
    </message>
    <message>
        <source>delete: remove for good instead of moving to the Trash.</source>
        <translation>delete: endgültig entfernen statt in den Papierkorb verschieben.</translation>
    </message>
    <message>
        <source>list | add | show ID | edit ID | delete ID</source>
        <translation>list | add | show ID | edit ID | delete ID</translation>
    </message>
    <message>
        <source>List, add, show, edit and delete contacts.</source>
        <translation>Kontakte auflisten, hinzufügen, anzeigen, bearbeiten und löschen.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; use list, add, show, edit or delete.</source>
        <translation>Unbekannte Aktion „%1“; verwenden Sie list, add, show, edit oder delete.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit braucht eine positive Zahl.</translation>
    </message>
    <message>
        <source>Added %1 (#%2).</source>
        <translation>%1 hinzugefügt (#%2).</translation>
    </message>
    <message>
        <source>Deleted %1 for good.</source>
        <translation>%1 endgültig gelöscht.</translation>
    </message>
    <message>
        <source>Moved %1 to the Trash.</source>
        <translation>%1 in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity (SQLite integrity and foreign keys, search index).</source>
        <translation>Die Integrität der Datenbank prüfen (SQLite-Integrität und Fremdschlüssel, Suchindex).</translation>
    </message>
    <message>
        <source>%1: ok (schema %2).</source>
        <translation>%1: in Ordnung (Schema %2).</translation>
    </message>
    <message>
        <source>Where to write the backup.</source>
        <translation>Wohin die Sicherung geschrieben wird.</translation>
    </message>
    <message>
        <source>Write a verified copy of the database (safe while Rapport is running).</source>
        <translation>Eine geprüfte Kopie der Datenbank schreiben (sicher, auch während Rapport läuft).</translation>
    </message>
    <message>
        <source>Give the file to write, e.g. &quot;backup ~/rapport-backup.sqlite&quot;.</source>
        <translation>Geben Sie die Zieldatei an, z. B. „backup ~/rapport-backup.sqlite“.</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself.</source>
        <translation>Die Sicherung kann nicht die Datenbank selbst überschreiben.</translation>
    </message>
    <message>
        <source>Backed up to %1 (verified).</source>
        <translation>Gesichert nach %1 (geprüft).</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>Die wiederherzustellende Sicherung.</translation>
    </message>
    <message>
        <source>Replace the database with a backup. The backup is verified first and the current database is backed up before it is replaced.</source>
        <translation>Die Datenbank durch eine Sicherung ersetzen. Die Sicherung wird zuerst geprüft, und die aktuelle Datenbank wird gesichert, bevor sie ersetzt wird.</translation>
    </message>
    <message>
        <source>Give the backup file to restore.</source>
        <translation>Geben Sie die wiederherzustellende Sicherungsdatei an.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Es wurde nichts wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Nothing was restored: the backup of the current database failed: %1</source>
        <translation>Es wurde nichts wiederhergestellt: Die Sicherung der aktuellen Datenbank ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Restored %1. The previous database was saved as %2.</source>
        <translation>%1 wiederhergestellt. Die vorherige Datenbank wurde als %2 gesichert.</translation>
    </message>
    <message>
        <source>How many sample contacts (default 150).</source>
        <translation>Wie viele Beispielkontakte (Standard 150).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same network (default 42).</source>
        <translation>Zufallsstartwert; derselbe Wert ergibt dasselbe Netzwerk (Standard 42).</translation>
    </message>
    <message>
        <source>Average conversations per contact who has any (default 6).</source>
        <translation>Durchschnittliche Gespräche je Kontakt, der überhaupt welche hat (Standard 6).</translation>
    </message>
    <message>
        <source>Remove the sample data again (your own data stays).</source>
        <translation>Die Beispieldaten wieder entfernen (Ihre eigenen Daten bleiben).</translation>
    </message>
    <message>
        <source>Create or remove a sample network to try Rapport with.</source>
        <translation>Ein Beispielnetzwerk zum Ausprobieren von Rapport anlegen oder entfernen.</translation>
    </message>
    <message>
        <source>--contacts needs a number of contacts.</source>
        <translation>--contacts braucht eine Anzahl von Kontakten.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed braucht eine ganze Zahl.</translation>
    </message>
    <message>
        <source>--conversations needs a number.</source>
        <translation>--conversations braucht eine Zahl.</translation>
    </message>
    <message>
        <source>Sample data removed.</source>
        <translation>Beispieldaten entfernt.</translation>
    </message>
    <message>
        <source>Added a sample network: %1 contacts, %2 conversations, %3 follow-ups, %4 introductions, %5 invitations. Remove it with &quot;rapport-cli demo --remove&quot;.</source>
        <translation>Beispielnetzwerk angelegt: %1 Kontakte, %2 Gespräche, %3 Wiedervorlagen, %4 Vermittlungen, %5 Einladungen. Entfernen mit „rapport-cli demo --remove“.</translation>
    </message>
    <message>
        <source>vcard (= vcard4), vcard3, vcard4, csv or json; by default guessed from the file name.</source>
        <translation>vcard (= vcard4), vcard3, vcard4, csv oder json; standardmäßig aus dem Dateinamen erraten.</translation>
    </message>
    <message>
        <source>Only the contacts in this circle.</source>
        <translation>Nur die Kontakte in diesem Kreis.</translation>
    </message>
    <message>
        <source>Only these contacts (comma-separated ids, repeatable).</source>
        <translation>Nur diese Kontakte (IDs durch Kommas getrennt, wiederholbar).</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>Die zu schreibende Datei (wird ersetzt, falls sie existiert).</translation>
    </message>
    <message>
        <source>Export contacts to vCard or CSV, or everything to JSON.</source>
        <translation>Kontakte nach vCard oder CSV exportieren, oder alles nach JSON.</translation>
    </message>
    <message>
        <source>Give exactly one file to write, e.g. &quot;export --format vcard contacts.vcf&quot;.</source>
        <translation>Geben Sie genau eine Zieldatei an, z. B. „export --format vcard contacts.vcf“.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use vcard, vcard3, vcard4, csv or json.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie vcard, vcard3, vcard4, csv oder json.</translation>
    </message>
    <message>
        <source>Cannot tell the format from &quot;%1&quot;; add --format vcard, vcard3, vcard4, csv or json.</source>
        <translation>Das Format lässt sich aus „%1“ nicht erkennen; geben Sie --format vcard, vcard3, vcard4, csv oder json an.</translation>
    </message>
    <message>
        <source>--circle needs a circle name.</source>
        <translation>--circle braucht einen Kreisnamen.</translation>
    </message>
    <message>
        <source>--ids needs contact ids separated by commas, e.g. --ids 3,14,15.</source>
        <translation>--ids braucht durch Kommas getrennte Kontakt-IDs, z. B. --ids 3,14,15.</translation>
    </message>
    <message>
        <source>Export contacts (vCard, CSV) or everything (JSON)</source>
        <translation>Kontakte (vCard, CSV) oder alles (JSON) exportieren</translation>
    </message>
    <message>
        <source>format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>added %1, updated %2, merged %3, unchanged %4, skipped %5</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 zusammengeführt, %4 unverändert, %5 übersprungen</translation>
    </message>
    <message>
        <source>%1 hand-edited field(s) kept; the imported values wait for review</source>
        <translation>Von Hand bearbeitete Felder behalten: %1; die importierten Werte warten auf Prüfung</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <source>Dry run, nothing was written. Would add %1, update %2, merge %3; %4 unchanged, %5 skipped, %6 error(s).</source>
        <translation>Probelauf, nichts wurde geschrieben. Würde %1 hinzufügen, %2 aktualisieren, %3 zusammenführen; %4 unverändert, %5 übersprungen, %6 Fehler.</translation>
    </message>
    <message>
        <source>Import #%1: %2 added, %3 updated, %4 merged, %5 unchanged, %6 skipped, %7 error(s). Undo with &quot;rapport-cli import --undo %1&quot;.</source>
        <translation>Import #%1: %2 hinzugefügt, %3 aktualisiert, %4 zusammengeführt, %5 unverändert, %6 übersprungen, %7 Fehler. Rückgängig machen mit „rapport-cli import --undo %1“.</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Noch keine Importe.</translation>
    </message>
    <message>
        <source>added %1, updated %2, merged %3, unchanged %4, skipped %5, errors %6</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 zusammengeführt, %4 unverändert, %5 übersprungen, %6 Fehler</translation>
    </message>
    <message>
        <source>LinkedIn export (.zip or unpacked folder), Connections.csv, messages.csv, Invitations.csv, a .vcf file, or a Google/Outlook CSV.</source>
        <translation>LinkedIn-Export (.zip oder entpackter Ordner), Connections.csv, messages.csv, Invitations.csv, eine .vcf-Datei oder eine Google-/Outlook-CSV.</translation>
    </message>
    <message>
        <source>Show what would change without writing anything.</source>
        <translation>Zeigen, was sich ändern würde, ohne etwas zu schreiben.</translation>
    </message>
    <message>
        <source>Import the good rows and list the bad ones (default: a bad row stops the whole import).</source>
        <translation>Die guten Zeilen importieren und die fehlerhaften auflisten (Standard: eine fehlerhafte Zeile stoppt den ganzen Import).</translation>
    </message>
    <message>
        <source>List past imports.</source>
        <translation>Frühere Importe auflisten.</translation>
    </message>
    <message>
        <source>Undo an import: remove what it added, restore what it changed.</source>
        <translation>Einen Import rückgängig machen: entfernen, was er hinzugefügt hat, wiederherstellen, was er geändert hat.</translation>
    </message>
    <message>
        <source>Import a network: LinkedIn export, vCard, Google or Outlook contacts.</source>
        <translation>Ein Netzwerk importieren: LinkedIn-Export, vCard, Google- oder Outlook-Kontakte.</translation>
    </message>
    <message>
        <source>Give paths to import, or --list, or --undo BATCH.</source>
        <translation>Geben Sie Pfade zum Importieren an, oder --list, oder --undo IMPORT.</translation>
    </message>
    <message>
        <source>--undo needs an import number (see --list).</source>
        <translation>--undo braucht eine Importnummer (siehe --list).</translation>
    </message>
    <message>
        <source>Import #%1 undone.</source>
        <translation>Import #%1 rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Who took part (contact id; repeatable).</source>
        <translation>Wer teilgenommen hat (Kontakt-ID; wiederholbar).</translation>
    </message>
    <message>
        <source>meeting, call, video, message, email or event (default: meeting).</source>
        <translation>meeting, call, video, message, email oder event (Standard: meeting).</translation>
    </message>
    <message>
        <source>When (YYYY-MM-DD or YYYY-MM-DDTHH:MM; default: now).</source>
        <translation>Wann (JJJJ-MM-TT oder JJJJ-MM-TTTHH:MM; Standard: jetzt).</translation>
    </message>
    <message>
        <source>Length in minutes.</source>
        <translation>Dauer in Minuten.</translation>
    </message>
    <message>
        <source>What you talked about.</source>
        <translation>Worüber Sie gesprochen haben.</translation>
    </message>
    <message>
        <source>me or them.</source>
        <translation>me oder them.</translation>
    </message>
    <message>
        <source>It was not a real two-way conversation (e.g. no reply).</source>
        <translation>Es war kein echtes Gespräch in beide Richtungen (z. B. keine Antwort).</translation>
    </message>
    <message>
        <source>The next step you agreed.</source>
        <translation>Der vereinbarte nächste Schritt.</translation>
    </message>
    <message>
        <source>When the next step is due (creates a follow-up).</source>
        <translation>Wann der nächste Schritt fällig ist (legt eine Wiedervorlage an).</translation>
    </message>
    <message>
        <source>Record a conversation with one or more contacts.</source>
        <translation>Ein Gespräch mit einem oder mehreren Kontakten erfassen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact id.</source>
        <translation>„%1“ ist keine Kontakt-ID.</translation>
    </message>
    <message>
        <source>Say who took part with --contact ID.</source>
        <translation>Geben Sie mit --contact ID an, wer teilgenommen hat.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use meeting, call, video, message, email or event.</source>
        <translation>Unbekannte Art „%1“; verwenden Sie meeting, call, video, message, email oder event.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; verwenden Sie JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>--duration needs a number of minutes.</source>
        <translation>--duration braucht eine Anzahl Minuten.</translation>
    </message>
    <message>
        <source>--initiated-by takes me or them.</source>
        <translation>--initiated-by erwartet me oder them.</translation>
    </message>
    <message>
        <source>--next-due needs --next-step to say what is due.</source>
        <translation>--next-due braucht --next-step, um zu sagen, was fällig ist.</translation>
    </message>
    <message>
        <source>Logged %1 #%2.</source>
        <translation>%1 #%2 erfasst.</translation>
    </message>
    <message>
        <source>Follow-up due %1.</source>
        <translation>Wiedervorlage fällig %1.</translation>
    </message>
    <message>
        <source>Show only the N best-scored contacts.</source>
        <translation>Nur die N Kontakte mit dem besten Score zeigen.</translation>
    </message>
    <message>
        <source>Show one contact&apos;s score.</source>
        <translation>Den Score eines Kontakts zeigen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Recompute every score first.</source>
        <translation>Zuerst alle Scores neu berechnen.</translation>
    </message>
    <message>
        <source>Relationship scores (0-100) with their tiers and the reasons behind them. Scores are computed first when any are missing.</source>
        <translation>Beziehungs-Scores (0–100) mit ihren Stufen und den Gründen dafür. Fehlen welche, werden die Scores zuerst berechnet.</translation>
    </message>
    <message>
        <source>--top needs a positive number.</source>
        <translation>--top braucht eine positive Zahl.</translation>
    </message>
    <message>
        <source>--contact needs a contact id.</source>
        <translation>--contact braucht eine Kontakt-ID.</translation>
    </message>
    <message>
        <source>No contacts to score.</source>
        <translation>Keine Kontakte zu bewerten.</translation>
    </message>
    <message>
        <source>two-way contact sync with a CardDAV server</source>
        <translation>Zwei-Wege-Synchronisierung der Kontakte mit einem CardDAV-Server</translation>
    </message>
    <message>
        <source>%1, line %2: not a JSON object (%3); skipped.</source>
        <translation>%1, Zeile %2: kein JSON-Objekt (%3); übersprungen.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1 holds no invitations (expected LinkedIn&apos;s Invitations.csv or JSON Lines).</source>
        <translation>%1 enthält keine Einladungen (erwartet wurde LinkedIns Invitations.csv oder JSON Lines).</translation>
    </message>
    <message>
        <source>Invitations.csv or JSON Lines to triage; - reads standard input. Without a file the invitations in the database are triaged and their verdicts saved.</source>
        <translation>Invitations.csv oder JSON Lines zum Sichten; - liest die Standardeingabe. Ohne Datei werden die Einladungen in der Datenbank gesichtet und ihre Einstufungen gespeichert.</translation>
    </message>
    <message>
        <source>Database: also re-triage invitations already decided.</source>
        <translation>Datenbank: auch bereits entschiedene Einladungen erneut sichten.</translation>
    </message>
    <message>
        <source>Record your decision on invitation ID (with --as).</source>
        <translation>Ihre Entscheidung zur Einladung ID erfassen (mit --as).</translation>
    </message>
    <message>
        <source>accepted, ignored or flag_wrong (the flag was wrong).</source>
        <translation>accepted, ignored oder flag_wrong (die Markierung war falsch).</translation>
    </message>
    <message>
        <source>Check your own note before sending it.</source>
        <translation>Die eigene Notiz vor dem Senden prüfen.</translation>
    </message>
    <message>
        <source>With --draft: the recipient&apos;s name.</source>
        <translation>Mit --draft: der Name des Empfängers.</translation>
    </message>
    <message>
        <source>Flag name-collector connection requests, with the reasons in plain words.</source>
        <translation>Kontaktanfragen von Namenssammlern markieren, mit den Gründen in einfachen Worten.</translation>
    </message>
    <message>
        <source>Give one file at a time.</source>
        <translation>Geben Sie jeweils nur eine Datei an.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Use --decide ID --as accepted|ignored|flag_wrong.</source>
        <translation>Verwenden Sie --decide ID --as accepted|ignored|flag_wrong.</translation>
    </message>
    <message>
        <source>Recorded: invitation %1 %2.</source>
        <translation>Erfasst: Einladung %1 %2.</translation>
    </message>
    <message>
        <source>flag name-collector connection requests and say why</source>
        <translation>Kontaktanfragen von Namenssammlern markieren und sagen, warum</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found:</source>
        <translation>
            <numerusform>%1: %n Problem gefunden:</numerusform>
            <numerusform>%1: %n Probleme gefunden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Rapport, a personal-network CRM.</source>
        <translation>Rapport, ein CRM für Ihr persönliches Netzwerk.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Diese Datenbankdatei öffnen.</translation>
    </message>
    <message>
        <source>Do not hand over to a running copy of Rapport.</source>
        <translation>Nicht an eine laufende Rapport-Instanz übergeben.</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Zu importierende Dateien.</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
</context>
<context>
    <name>rapport::AppContext</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>rapport::AuditDialog</name>
    <message>
        <source>%1 (%2)</source>
        <comment>button: action (key)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Do You Know Them?</source>
        <translation>Kennen Sie diese Personen?</translation>
    </message>
    <message>
        <source>You have never had a real conversation with these people, and nothing says how you met. Do you know them?</source>
        <translation>Mit diesen Personen hatten Sie nie ein echtes Gespräch, und nichts sagt, woher Sie sich kennen. Kennen Sie sie?</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Give Context</source>
        <translation>Kontext angeben</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>e.g. a colleague of Jana&apos;s, met at a meetup in 2021</source>
        <translation>z. B. Kollege von Jana, 2021 bei einem Meetup kennengelernt</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;How you met:</source>
        <translation>&amp;Wie Sie sich kennen:</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>Kept %1, gave context for %2, archived %3, deleted %4.</source>
        <translation>%1 behalten, Kontext für %2 angegeben, %3 archiviert, %4 gelöscht.</translation>
    </message>
    <message>
        <source>Type what they do or how you met, or press Esc to go back.</source>
        <translation>Geben Sie ein, was die Person macht oder woher Sie sich kennen, oder drücken Sie Esc, um zurückzugehen.</translation>
    </message>
    <message>
        <source>The last change was not made here; undo it from the main window.</source>
        <translation>Die letzte Änderung wurde nicht hier gemacht; machen Sie sie im Hauptfenster rückgängig.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln reviewed</source>
        <translation>
            <numerusform>%Ln geprüft</numerusform>
            <numerusform>Alle %Ln geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>The list of people to review could not be read.</source>
        <translation>Die Liste der zu prüfenden Personen konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Nobody to ask about: you have talked with everyone in your network or noted how you met.</source>
        <translation>Niemand zum Nachfragen: Sie haben mit allen in Ihrem Netzwerk gesprochen oder notiert, woher Sie sich kennen.</translation>
    </message>
    <message>
        <source>That was everyone.</source>
        <translation>Das waren alle.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>No position or company noted.</source>
        <translation>Keine Position oder Firma notiert.</translation>
    </message>
    <message>
        <source>Connected on %1.</source>
        <translation>Verbunden seit %1.</translation>
    </message>
    <message>
        <source>When you connected is not known.</source>
        <translation>Seit wann Sie verbunden sind, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Their invitation was flagged as a collector&apos;s.</source>
        <translation>Die Einladung wurde als die eines Sammlers markiert.</translation>
    </message>
    <message numerus="yes">
        <source>You reached out %Ln time(s) and never got an answer.</source>
        <translation>
            <numerusform>Sie haben sich %Ln-mal gemeldet und nie eine Antwort bekommen.</numerusform>
            <numerusform>Sie haben sich %Ln-mal gemeldet und nie eine Antwort bekommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ChampionsView</name>
    <message>
        <source>A first two-way conversation makes a connection a Conversation; two or more spread over time, a Relationship; an introduction or referral they made for you, a Champion.</source>
        <translation>Ein erstes Gespräch in beide Richtungen macht aus einer Verbindung ein Gespräch; zwei oder mehr über die Zeit verteilt eine Beziehung; eine Vermittlung oder Empfehlung, die die Person für Sie gemacht hat, einen Fürsprecher.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Has earned</source>
        <translation>Hat erreicht</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>Weil</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>You gave</source>
        <translation>Sie gaben</translation>
    </message>
    <message>
        <source>You received</source>
        <translation>Sie erhielten</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Bilanz</translation>
    </message>
    <message>
        <source>Ready to move on</source>
        <translation>Bereit für den nächsten Schritt</translation>
    </message>
    <message>
        <source>Develop next</source>
        <translation>Als Nächstes entwickeln</translation>
    </message>
    <message>
        <source>Give and take</source>
        <translation>Geben und Nehmen</translation>
    </message>
    <message>
        <source>&amp;Promote to Earned Stage</source>
        <translation>In erreichte Phase &amp;befördern</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>Kontakt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Log Conversation With…</source>
        <translation>Gespräch &amp;erfassen mit…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Contacts per stage: %1</source>
        <translation>Kontakte je Phase: %1</translation>
    </message>
    <message>
        <source>+%1 for them</source>
        <translation>+%1 für die Person</translation>
    </message>
    <message>
        <source>%1 for you</source>
        <translation>%1 für Sie</translation>
    </message>
    <message>
        <source>even</source>
        <translation>ausgeglichen</translation>
    </message>
    <message>
        <source>In all you made %1 and received %2 introductions, referrals or favours.</source>
        <translation>Insgesamt haben Sie %1 Vermittlungen, Empfehlungen oder Gefallen gemacht und %2 erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n champion(s)</source>
        <translation>
            <numerusform>%n Fürsprecher</numerusform>
            <numerusform>%n Fürsprecher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promote %n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt befördern</numerusform>
            <numerusform>%n Kontakte befördern</numerusform>
        </translation>
    </message>
    <message>
        <source>Promote %1 to %2</source>
        <translation>%1 zu %2 befördern</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) moved on in the pipeline.</source>
        <translation>
            <numerusform>%n Kontakt ist in der Pipeline weitergerückt.</numerusform>
            <numerusform>%n Kontakte sind in der Pipeline weitergerückt.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hampions</source>
        <translation>&amp;Fürsprecher</translation>
    </message>
</context>
<context>
    <name>rapport::CircleListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n member(s)</source>
        <translation>
            <numerusform>%1, %n Mitglied</numerusform>
            <numerusform>%1, %n Mitglieder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::CirclesView</name>
    <message>
        <source>Enter opens a circle&apos;s members. F2 renames, Delete removes the circle (its members stay). Add contacts to a circle from the Contacts view (Ctrl+G).</source>
        <translation>Die Eingabetaste öffnet die Mitglieder eines Kreises. F2 benennt um, Entf entfernt den Kreis (seine Mitglieder bleiben). Kontakte fügen Sie in der Kontaktansicht zu einem Kreis hinzu (Strg+G).</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kreise</translation>
    </message>
    <message>
        <source>Show &amp;Members</source>
        <translation>&amp;Mitglieder zeigen</translation>
    </message>
    <message>
        <source>&amp;Delete Circle</source>
        <translation>Kreis &amp;löschen</translation>
    </message>
    <message>
        <source>Delete Circle</source>
        <translation>Kreis löschen</translation>
    </message>
    <message>
        <source>Delete the circle %1? Its members stay in your contacts.</source>
        <translation>Den Kreis %1 löschen? Seine Mitglieder bleiben in Ihren Kontakten.</translation>
    </message>
    <message numerus="yes">
        <source>%n circle(s)</source>
        <translation>
            <numerusform>%n Kreis</numerusform>
            <numerusform>%n Kreise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ContactDetailPanel</name>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdetails</translation>
    </message>
    <message>
        <source>Select a contact to see and edit the details.</source>
        <translation>Wählen Sie einen Kontakt, um die Details zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>F&amp;irma:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>Über&amp;schrift:</translation>
    </message>
    <message>
        <source>Locat&amp;ion:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Lin&amp;kedIn:</source>
        <translation>Lin&amp;kedIn:</translation>
    </message>
    <message>
        <source>How we &amp;met:</source>
        <translation>&amp;Wie wir uns kennen:</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>home</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation>E-Mails:</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Telefone:</translation>
    </message>
    <message>
        <source>Circles, separated by commas</source>
        <translation>Kreise, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Ci&amp;rcles:</source>
        <translation>K&amp;reise:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>tier default</source>
        <translation>Standard der Stufe</translation>
    </message>
    <message>
        <source>Ideal days between conversations</source>
        <translation>Ideale Tage zwischen Gesprächen</translation>
    </message>
    <message>
        <source>Maximum days between conversations</source>
        <translation>Höchstens Tage zwischen Gesprächen</translation>
    </message>
    <message>
        <source>ideal</source>
        <translation>ideal</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <source>Keep in touch:</source>
        <translation>In Kontakt bleiben:</translation>
    </message>
    <message>
        <source>Champion stage</source>
        <translation>Beziehungsphase</translation>
    </message>
    <message>
        <source>Champion &amp;stage:</source>
        <translation>&amp;Beziehungsphase:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Conversations and introductions</source>
        <translation>Gespräche und Vermittlungen</translation>
    </message>
    <message>
        <source>Edit e-mails</source>
        <translation>E-Mails bearbeiten</translation>
    </message>
    <message>
        <source>Edit phones</source>
        <translation>Telefone bearbeiten</translation>
    </message>
    <message>
        <source>Edit circles</source>
        <translation>Kreise bearbeiten</translation>
    </message>
    <message>
        <source>Change cadence</source>
        <translation>Rhythmus ändern</translation>
    </message>
    <message>
        <source>Change champion stage</source>
        <translation>Beziehungsphase ändern</translation>
    </message>
    <message>
        <source>Score %1 · %2</source>
        <translation>Score %1 · %2</translation>
    </message>
</context>
<context>
    <name>rapport::ContactFilterBar</name>
    <message>
        <source>Search names, companies, positions, notes… (Ctrl+F)</source>
        <translation>Namen, Firmen, Positionen, Notizen durchsuchen… (Strg+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <source>Filter by circle</source>
        <translation>Nach Kreis filtern</translation>
    </message>
    <message>
        <source>Filter by tier</source>
        <translation>Nach Stufe filtern</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Jede Stufe</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <source>Inner circle</source>
        <translation>Innerer Kreis</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Ruhend</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Gesammelt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Filter by company</source>
        <translation>Nach Firma filtern</translation>
    </message>
    <message>
        <source>&amp;Never talked</source>
        <translation>&amp;Nie gesprochen</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>Ü&amp;berfällig</translation>
    </message>
    <message>
        <source>All circles</source>
        <translation>Alle Kreise</translation>
    </message>
</context>
<context>
    <name>rapport::ContactTableModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Last conversation</source>
        <translation>Letztes Gespräch</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächste Wiedervorlage</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kreise</translation>
    </message>
</context>
<context>
    <name>rapport::ContactsView</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>&amp;Log Conversation with Selection…</source>
        <translation>Gespräch mit Auswahl &amp;erfassen…</translation>
    </message>
    <message>
        <source>Add to C&amp;ircle…</source>
        <translation>Zu &amp;Kreis hinzufügen…</translation>
    </message>
    <message>
        <source>Set &amp;Cadence…</source>
        <translation>&amp;Rhythmus festlegen…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>In den &amp;Papierkorb</translation>
    </message>
    <message>
        <source>&amp;Merge Two Contacts…</source>
        <translation>Zwei Kontakte &amp;zusammenführen…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to Circle</source>
        <translation>Zu Kreis hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to the circle (type a new name to create one):</source>
        <translation>
            <numerusform>%n Kontakt zum Kreis hinzufügen (geben Sie einen neuen Namen ein, um ihn anzulegen):</numerusform>
            <numerusform>%n Kontakte zum Kreis hinzufügen (geben Sie einen neuen Namen ein, um ihn anzulegen):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n contact(s) to %1.</source>
        <translation>
            <numerusform>%n Kontakt zu %1 hinzugefügt.</numerusform>
            <numerusform>%n Kontakte zu %1 hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived %n contact(s).</source>
        <translation>
            <numerusform>%n Kontakt archiviert.</numerusform>
            <numerusform>%n Kontakte archiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n contact(s) to the Trash.</source>
        <translation>
            <numerusform>%n Kontakt in den Papierkorb verschoben.</numerusform>
            <numerusform>%n Kontakte in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>Select exactly two contacts to merge.</source>
        <translation>Wählen Sie genau zwei Kontakte zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Merged into %1; the other contact is in the Trash.</source>
        <translation>In %1 zusammengeführt; der andere Kontakt liegt im Papierkorb.</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
</context>
<context>
    <name>rapport::DashboardView</name>
    <message>
        <source>Start &amp;Audit…</source>
        <translation>&amp;Audit starten…</translation>
    </message>
    <message>
        <source>Do you know them? Go through the people you have never talked with.</source>
        <translation>Kennen Sie sie? Gehen Sie die Personen durch, mit denen Sie nie gesprochen haben.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Contacts by tier</source>
        <translation>Kontakte nach Stufe</translation>
    </message>
    <message>
        <source>Real relationships in Dunbar&apos;s layers</source>
        <translation>Echte Beziehungen in Dunbars Schichten</translation>
    </message>
    <message>
        <source>Conversations per week, past year</source>
        <translation>Gespräche pro Woche, letztes Jahr</translation>
    </message>
    <message>
        <source>Follow-ups due in the last 90 days</source>
        <translation>Fällige Wiedervorlagen der letzten 90 Tage</translation>
    </message>
    <message>
        <source>Replies to your outreach</source>
        <translation>Antworten auf Ihre Kontaktaufnahmen</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Antwortquote</translation>
    </message>
    <message>
        <source>%1 real relationships among %2 contacts; the other %3 are connections only.</source>
        <translation>%1 echte Beziehungen unter %2 Kontakten; die übrigen %3 sind nur verbunden.</translation>
    </message>
    <message>
        <source>%1 real relationships, %2 contacts</source>
        <translation>%1 echte Beziehungen, %2 Kontakte</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tier: number of contacts</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Contacts by tier: %1.</source>
        <translation>Kontakte nach Stufe: %1.</translation>
    </message>
    <message>
        <source>Real relationships</source>
        <translation>Echte Beziehungen</translation>
    </message>
    <message>
        <source>Closest %1</source>
        <translation>Engste %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Real relationships filling the closest 5, 15, 50 and 150: %1.</source>
        <translation>Echte Beziehungen in den engsten 5, 15, 50 und 150: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more beyond 150.</source>
        <translation>
            <numerusform>%Ln weitere über 150 hinaus.</numerusform>
            <numerusform>%Ln weitere über 150 hinaus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>In beide Richtungen</translation>
    </message>
    <message>
        <source>One way</source>
        <translation>Einseitig</translation>
    </message>
    <message>
        <source>No conversations in the past 52 weeks.</source>
        <translation>Keine Gespräche in den letzten 52 Wochen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s) in the past 52 weeks,</source>
        <translation>
            <numerusform>%Ln Gespräch in den letzten 52 Wochen,</numerusform>
            <numerusform>%Ln Gespräche in den letzten 52 Wochen,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them both ways.</source>
        <translation>
            <numerusform>davon %Ln in beide Richtungen.</numerusform>
            <numerusform>davon %Ln in beide Richtungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The busiest was the week of %1, with %Ln.</source>
        <translation>
            <numerusform>Am meisten los war in der Woche vom %1, mit %Ln.</numerusform>
            <numerusform>Am meisten los war in der Woche vom %1, mit %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Pünktlich</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Still overdue</source>
        <translation>Noch überfällig</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>slice: count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No follow-ups came due in the last 90 days.</source>
        <translation>In den letzten 90 Tagen wurden keine Wiedervorlagen fällig.</translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln follow-up(s) due in the last 90 days, %1 done on time, %2 done late, %3 still overdue.</source>
        <translation>
            <numerusform>Von %Ln Wiedervorlage, fällig in den letzten 90 Tagen, wurden %1 pünktlich und %2 verspätet erledigt, %3 sind noch überfällig.</numerusform>
            <numerusform>Von %Ln Wiedervorlagen, fällig in den letzten 90 Tagen, wurden %1 pünktlich und %2 verspätet erledigt, %3 sind noch überfällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not started a conversation in the past 52 weeks.</source>
        <translation>Sie haben in den letzten 52 Wochen kein Gespräch begonnen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %Ln conversation(s) you started in the past 52 weeks got a reply; %2 did not.</source>
        <translation>
            <numerusform>%1 von %Ln Gespräch, das Sie in den letzten 52 Wochen begonnen haben, bekam eine Antwort; %2 nicht.</numerusform>
            <numerusform>%1 der %Ln Gespräche, die Sie in den letzten 52 Wochen begonnen haben, bekamen eine Antwort; %2 nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>Open places</source>
        <translation>Freie Plätze</translation>
    </message>
</context>
<context>
    <name>rapport::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;All contacts</source>
        <translation>&amp;Alle Kontakte</translation>
    </message>
    <message>
        <source>The &amp;circle</source>
        <translation>Den &amp;Kreis</translation>
    </message>
    <message>
        <source>Circle to export</source>
        <translation>Zu exportierender Kreis</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n contact(s))</source>
        <translation>
            <numerusform>%1 (%n Kontakt)</numerusform>
            <numerusform>%1 (%n Kontakte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected contacts (%n)</source>
        <translation>
            <numerusform>Die aus&amp;gewählten Kontakte (%n)</numerusform>
            <numerusform>Die aus&amp;gewählten Kontakte (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Kontakte:</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>rapport-contacts</source>
        <translation>rapport-kontakte</translation>
    </message>
    <message>
        <source>For address books and phones. Rapport&apos;s own fields (stage, cadence, how you met) are kept in X-RAPPORT properties, which other programs ignore.</source>
        <translation>Für Adressbücher und Telefone. Rapports eigene Felder (Phase, Rhythmus, wie Sie sich kennen) stehen in X-RAPPORT-Eigenschaften, die andere Programme ignorieren.</translation>
    </message>
    <message>
        <source>One row per contact for spreadsheets. Cells that start with = + - or @ are written as text, so a spreadsheet never runs them as formulas.</source>
        <translation>Eine Zeile pro Kontakt für Tabellenkalkulationen. Zellen, die mit = + - oder @ beginnen, werden als Text geschrieben, damit eine Tabellenkalkulation sie nie als Formeln ausführt.</translation>
    </message>
    <message>
        <source>Everything: contacts, conversations, follow-ups, introductions and invitations, in one file any program can read.</source>
        <translation>Alles: Kontakte, Gespräche, Wiedervorlagen, Vermittlungen und Einladungen in einer Datei, die jedes Programm lesen kann.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Wählen Sie eine Zieldatei.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>rapport::FollowUpListModel</name>
    <message>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <source>%1 — %2 (overdue)</source>
        <translation>%1 — %2 (überfällig)</translation>
    </message>
    <message>
        <source>%1 — %2 (snoozed)</source>
        <translation>%1 — %2 (zurückgestellt)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>rapport::FollowUpsPanel</name>
    <message>
        <source>Open follow-ups</source>
        <translation>Offene Wiedervorlagen</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Snooze a &amp;Day</source>
        <translation>Einen &amp;Tag zurückstellen</translation>
    </message>
    <message>
        <source>Snooze a &amp;Week</source>
        <translation>Eine &amp;Woche zurückstellen</translation>
    </message>
    <message>
        <source>Snooze &amp;Until…</source>
        <translation>Zurückstellen &amp;bis…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Verschieben…</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
    <message>
        <source>Snooze Until</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Verschieben</translation>
    </message>
</context>
<context>
    <name>rapport::ImportHistoryDialog</name>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <source>Every import is kept as one batch. Undoing one removes what it added and puts back what it changed; imports are undone newest first.</source>
        <translation>Jeder Import wird als ein Stapel aufbewahrt. Wird einer rückgängig gemacht, wird entfernt, was er hinzugefügt hat, und wiederhergestellt, was er geändert hat; Importe werden vom neuesten an rückgängig gemacht.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Imported value</source>
        <translation>Importierter Wert</translation>
    </message>
    <message>
        <source>Import #</source>
        <translation>Import #</translation>
    </message>
    <message>
        <source>Questions from imports</source>
        <translation>Fragen aus Importen</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meinen behalten</translation>
    </message>
    <message>
        <source>Use &amp;Imported</source>
        <translation>&amp;Importierten verwenden</translation>
    </message>
    <message>
        <source>No open questions: imports never overwrite what you edited by hand.</source>
        <translation>Keine offenen Fragen: Importe überschreiben nie, was Sie von Hand bearbeitet haben.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) you edited by hand differ from what an import brought. Nothing was overwritten; choose which value to keep.</source>
        <translation>
            <numerusform>%n von Hand bearbeitetes Feld weicht von dem ab, was ein Import gebracht hat. Nichts wurde überschrieben; wählen Sie, welcher Wert bleibt.</numerusform>
            <numerusform>%n von Hand bearbeitete Felder weichen von dem ab, was ein Import gebracht hat. Nichts wurde überschrieben; wählen Sie, welcher Wert bleibt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Undo import #%1? What it added is removed and the values it changed are put back.</source>
        <translation>Import #%1 rückgängig machen? Was er hinzugefügt hat, wird entfernt, und die geänderten Werte werden wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>rapport::ImportPickPage</name>
    <message>
        <source>Choose What to Import</source>
        <translation>Wählen Sie, was importiert werden soll</translation>
    </message>
    <message>
        <source>A LinkedIn export (the .zip file or its unpacked folder), single LinkedIn CSV files, vCard files (.vcf), or a Google or Outlook contacts CSV. You can also drop files or folders on this page.</source>
        <translation>Ein LinkedIn-Export (die .zip-Datei oder ihr entpackter Ordner), einzelne LinkedIn-CSV-Dateien, vCard-Dateien (.vcf) oder eine Kontakte-CSV von Google oder Outlook. Sie können Dateien oder Ordner auch auf diese Seite ziehen.</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>Files or folder to import</source>
        <translation>Zu importierende Dateien oder Ordner</translation>
    </message>
    <message>
        <source>A file, a folder or a .zip; separate several with ;</source>
        <translation>Eine Datei, ein Ordner oder eine .zip-Datei; mehrere durch ; trennen</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>Choose files</source>
        <translation>Dateien wählen</translation>
    </message>
    <message>
        <source>Choose F&amp;older…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Einen Ordner wählen</translation>
    </message>
    <message>
        <source>Problem with the chosen path</source>
        <translation>Problem mit dem gewählten Pfad</translation>
    </message>
    <message>
        <source>Drop files or folders here</source>
        <translation>Dateien oder Ordner hierher ziehen</translation>
    </message>
    <message>
        <source>Drop area for files and folders</source>
        <translation>Ablagebereich für Dateien und Ordner</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>Datei oder Ordner nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>LinkedIn export or address book (*.zip *.csv *.vcf *.vcard);;All files (*)</source>
        <translation>LinkedIn-Export oder Adressbuch (*.zip *.csv *.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a Folder</source>
        <translation>Einen Ordner importieren</translation>
    </message>
</context>
<context>
    <name>rapport::ImportPreviewPage</name>
    <message>
        <source>Check What Will Be Imported</source>
        <translation>Prüfen Sie, was importiert wird</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Status der Vorschau</translation>
    </message>
    <message>
        <source>Reading the files</source>
        <translation>Die Dateien werden gelesen</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Sample title</source>
        <translation>Beispieltitel</translation>
    </message>
    <message>
        <source>First rows of the selected file</source>
        <translation>Erste Zeilen der ausgewählten Datei</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Details der ausgewählten Datei</translation>
    </message>
    <message>
        <source>Rows that cannot be read</source>
        <translation>Zeilen, die nicht gelesen werden können</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import the good rows and &amp;skip the bad ones</source>
        <translation>Die guten Zeilen importieren und die fehlerhaften &amp;überspringen</translation>
    </message>
    <message>
        <source>Import the good rows and skip the bad ones</source>
        <translation>Die guten Zeilen importieren und die fehlerhaften überspringen</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Was der Import tun wird</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s) or folder(s)…</source>
        <translation>
            <numerusform>%n Datei oder Ordner wird gelesen…</numerusform>
            <numerusform>%n Dateien oder Ordner werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>The database could not be opened for the preview: %1</source>
        <translation>Die Datenbank konnte für die Vorschau nicht geöffnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read.</source>
        <translation>
            <numerusform>%n Datei gelesen.</numerusform>
            <numerusform>%n Dateien gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>First rows of %1</source>
        <translation>Erste Zeilen von %1</translation>
    </message>
    <message>
        <source>Detected format: %1.</source>
        <translation>Erkanntes Format: %1.</translation>
    </message>
    <message>
        <source>Encoding: %1.</source>
        <translation>Zeichenkodierung: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read, %1 to import.</source>
        <translation>
            <numerusform>%n Zeile gelesen, %1 zum Importieren.</numerusform>
            <numerusform>%n Zeilen gelesen, %1 zum Importieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>Nichts kann importiert werden: %1</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 merged, %4 unchanged, %5 skipped; %6 conflict(s) with your own edits to review afterwards.</source>
        <translation>%1 neu, %2 aktualisiert, %3 zusammengeführt, %4 unverändert, %5 übersprungen; %6 Konflikt(e) mit Ihren eigenen Änderungen, die Sie danach prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read. Nothing will be imported until they are fixed or skipped.</source>
        <translation>
            <numerusform>%n Zeile kann nicht gelesen werden. Es wird nichts importiert, bis sie korrigiert oder übersprungen wird.</numerusform>
            <numerusform>%n Zeilen können nicht gelesen werden. Es wird nichts importiert, bis sie korrigiert oder übersprungen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) will be skipped. The rest: %1</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile wird übersprungen. Der Rest: %1</numerusform>
            <numerusform>%n fehlerhafte Zeilen werden übersprungen. Der Rest: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import: %1</source>
        <translation>Bereit zum Importieren: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Importstatus</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Cancel stops the import and puts everything back as it was.</source>
        <translation>Abbrechen stoppt den Import und stellt alles wieder her, wie es war.</translation>
    </message>
    <message>
        <source>Why nothing was imported</source>
        <translation>Warum nichts importiert wurde</translation>
    </message>
    <message>
        <source>Start &amp;Over</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling: putting everything back as it was…</source>
        <translation>Abbruch: Alles wird wiederhergestellt, wie es war…</translation>
    </message>
    <message>
        <source>Importing… %1 of %2 records</source>
        <translation>Import läuft… %1 von %2 Datensätzen</translation>
    </message>
    <message>
        <source>Nothing was imported: the database could not be opened: %1</source>
        <translation>Nichts wurde importiert: Die Datenbank konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Abgebrochen: Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
</context>
<context>
    <name>rapport::ImportSummaryPage</name>
    <message>
        <source>Import Finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Importergebnis</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Importierte Dateien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Notes and skipped rows</source>
        <translation>Hinweise und übersprungene Zeilen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Zu prüfende Konflikte</translation>
    </message>
    <message>
        <source>Fields you edited that the import would change</source>
        <translation>Von Ihnen bearbeitete Felder, die der Import ändern würde</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Imported value</source>
        <translation>Importierter Wert</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meinen behalten</translation>
    </message>
    <message>
        <source>Keep my value</source>
        <translation>Meinen Wert behalten</translation>
    </message>
    <message>
        <source>&amp;Use Imported</source>
        <translation>&amp;Importierten verwenden</translation>
    </message>
    <message>
        <source>Use the imported value</source>
        <translation>Den importierten Wert verwenden</translation>
    </message>
    <message>
        <source>Why the answer was not saved</source>
        <translation>Warum die Antwort nicht gespeichert wurde</translation>
    </message>
    <message>
        <source>Import #%1 is done: %2 added, %3 updated, %4 merged, %5 unchanged, %6 skipped. File › Import History can undo it.</source>
        <translation>Import #%1 ist abgeschlossen: %2 hinzugefügt, %3 aktualisiert, %4 zusammengeführt, %5 unverändert, %6 übersprungen. Datei › Importverlauf kann ihn rückgängig machen.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Keine Konflikte zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) you had edited differ from the import. Choose which value to keep:</source>
        <translation>
            <numerusform>%n von Ihnen bearbeitetes Feld weicht vom Import ab. Wählen Sie, welcher Wert bleibt:</numerusform>
            <numerusform>%n von Ihnen bearbeitete Felder weichen vom Import ab. Wählen Sie, welcher Wert bleibt:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import wizard</source>
        <translation>Import-Assistent</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertigstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>ganze Datei</translation>
    </message>
</context>
<context>
    <name>rapport::InvitationListModel</name>
    <message>
        <source>Not analysed yet</source>
        <translation>Noch nicht analysiert</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <extracomment>%1 verdict (&quot;Name collector&quot;, &quot;Genuine&quot;), %2 how sure the detector is of it, in percent</extracomment>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>%1, verdict flagged wrong</source>
        <extracomment>%1 status (&quot;Pending&quot;); the user said the verdict was wrong</extracomment>
        <translation>%1, Einstufung als falsch markiert</translation>
    </message>
    <message>
        <source>Unnamed sender</source>
        <translation>Unbenannter Absender</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1% likely to come from someone collecting names</source>
        <translation>Zu %1 % wahrscheinlich von jemandem, der Namen sammelt</translation>
    </message>
    <message>
        <source>The percentage is how sure Rapport is of the verdict.</source>
        <translation>Der Prozentwert gibt an, wie sicher sich Rapport bei der Einstufung ist.</translation>
    </message>
</context>
<context>
    <name>rapport::InvitationsView</name>
    <message>
        <source>Not analysed yet</source>
        <translation>Noch nicht analysiert</translation>
    </message>
    <message>
        <source>Unclear: could be either (%1% likely to be a name collector)</source>
        <translation>Unklar: kann beides sein (zu %1 % wahrscheinlich ein Namenssammler)</translation>
    </message>
    <message>
        <source>You said this verdict is wrong.</source>
        <translation>Sie haben diese Einstufung als falsch markiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n mutual connection(s)</source>
        <translation>
            <numerusform>%n gemeinsamer Kontakt</numerusform>
            <numerusform>%n gemeinsame Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Mutual connections not known</source>
        <translation>Gemeinsame Kontakte nicht bekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) in their network</source>
        <translation>
            <numerusform>%n Kontakt in ihrem Netzwerk</numerusform>
            <numerusform>%n Kontakte in ihrem Netzwerk</numerusform>
        </translation>
    </message>
    <message>
        <source>Network size not known</source>
        <translation>Größe des Netzwerks nicht bekannt</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Erhalten am %1</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorieren</translation>
    </message>
    <message>
        <source>&amp;Flag Verdict as Wrong</source>
        <translation>Einstufung als &amp;falsch markieren</translation>
    </message>
    <message>
        <source>Ask for &amp;Context</source>
        <translation>Nach &amp;Kontext fragen</translation>
    </message>
    <message>
        <source>&amp;Write a Note…</source>
        <translation>Notiz &amp;schreiben…</translation>
    </message>
    <message>
        <source>&amp;Re-analyse Pending</source>
        <translation>Offene &amp;neu analysieren</translation>
    </message>
    <message>
        <source>Accept: adds the sender to your contacts (or links the one you have)</source>
        <translation>Annehmen: fügt den Absender zu Ihren Kontakten hinzu (oder verknüpft den vorhandenen)</translation>
    </message>
    <message>
        <source>Copies a polite reply asking how they came across you</source>
        <translation>Kopiert eine höfliche Antwort, die fragt, wie die Person auf Sie gekommen ist</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Jede Einstufung</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Einstufung:</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <source>Reasons for the verdict</source>
        <translation>Gründe für die Einstufung</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>Kontakt &amp;öffnen</translation>
    </message>
    <message>
        <source>Only a clear verdict (genuine or name collector) can be flagged as wrong.</source>
        <translation>Nur eine eindeutige Einstufung (echt oder Namenssammler) kann als falsch markiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n invitation(s).</source>
        <translation>
            <numerusform>%n Einladung angenommen.</numerusform>
            <numerusform>%n Einladungen angenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) added.</source>
        <translation>
            <numerusform>%n neuer Kontakt hinzugefügt.</numerusform>
            <numerusform>%n neue Kontakte hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked to existing contacts.</source>
        <translation>
            <numerusform>%n mit einem vorhandenen Kontakt verknüpft.</numerusform>
            <numerusform>%n mit vorhandenen Kontakten verknüpft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n invitation(s).</source>
        <translation>
            <numerusform>%n Einladung ignoriert.</numerusform>
            <numerusform>%n Einladungen ignoriert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Noted: %n verdict(s) flagged as wrong, and Rapport has learned from it. Re-analyse (%1) to apply that to the other pending invitations.</source>
        <translation>
            <numerusform>Notiert: %n Einstufung als falsch markiert, und Rapport hat daraus gelernt. Analysieren Sie neu (%1), um das auf die anderen offenen Einladungen anzuwenden.</numerusform>
            <numerusform>Notiert: %n Einstufungen als falsch markiert, und Rapport hat daraus gelernt. Analysieren Sie neu (%1), um das auf die anderen offenen Einladungen anzuwenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>To %1:</source>
        <translation>An %1:</translation>
    </message>
    <message>
        <source>Copied a reply asking %1 how they came across you; paste it into your answer on LinkedIn.</source>
        <translation>Eine Antwort an %1 mit der Frage, wie die Person auf Sie gekommen ist, wurde kopiert; fügen Sie sie in Ihre Antwort auf LinkedIn ein.</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>den Absender</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n replies asking how they came across you, one per sender.</source>
        <translation>
            <numerusform>%n Antwort mit der Frage, wie die Person auf Sie gekommen ist, kopiert.</numerusform>
            <numerusform>%n Antworten mit der Frage, wie die Personen auf Sie gekommen sind, kopiert, eine je Absender.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Analysed %n pending invitation(s) again.</source>
        <translation>
            <numerusform>%n offene Einladung erneut analysiert.</numerusform>
            <numerusform>%n offene Einladungen erneut analysiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Analysed %n new invitation(s).</source>
        <translation>
            <numerusform>%n neue Einladung analysiert.</numerusform>
            <numerusform>%n neue Einladungen analysiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an invitation to read its message and why Rapport judged it so.</source>
        <translation>Wählen Sie eine Einladung, um ihre Nachricht zu lesen und zu sehen, warum Rapport sie so eingestuft hat.</translation>
    </message>
    <message>
        <source>No invitations here. Import your LinkedIn data to see the connection requests you received.</source>
        <translation>Hier sind keine Einladungen. Importieren Sie Ihre LinkedIn-Daten, um die erhaltenen Kontaktanfragen zu sehen.</translation>
    </message>
    <message>
        <source>Unnamed sender</source>
        <translation>Unbenannter Absender</translation>
    </message>
    <message>
        <source>Not analysed yet.</source>
        <translation>Noch nicht analysiert.</translation>
    </message>
    <message>
        <source>No particular signs either way.</source>
        <translation>Keine besonderen Anzeichen in die eine oder andere Richtung.</translation>
    </message>
    <message numerus="yes">
        <source>%n pending invitation(s)</source>
        <translation>
            <numerusform>%n offene Einladung</numerusform>
            <numerusform>%n offene Einladungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%n Einladung</numerusform>
            <numerusform>%n Einladungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from name collectors</source>
        <translation>
            <numerusform>%n von einem Namenssammler</numerusform>
            <numerusform>%n von Namenssammlern</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Invitation</source>
        <translation>&amp;Einladung</translation>
    </message>
    <message>
        <source>Looks like a name collector (%1% sure)</source>
        <translation>Sieht nach einem Namenssammler aus (zu %1 % sicher)</translation>
    </message>
    <message>
        <source>Looks genuine (%1% sure)</source>
        <translation>Sieht echt aus (zu %1 % sicher)</translation>
    </message>
</context>
<context>
    <name>rapport::LabeledValuesEditor</name>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Remove the selected %1</source>
        <translation>Ausgewählte %1 entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>rapport::LogConversationDialog</name>
    <message>
        <source>Log Conversation</source>
        <translation>Gespräch erfassen</translation>
    </message>
    <message>
        <source>Type a name and press Enter</source>
        <translation>Namen eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Einen Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Mit:</translation>
    </message>
    <message>
        <source>Contacts in this conversation (Delete removes)</source>
        <translation>Kontakte in diesem Gespräch (Entf entfernt)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Who reached out</source>
        <translation>Wer sich gemeldet hat</translation>
    </message>
    <message>
        <source>I did</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>They did</source>
        <translation>Die andere Seite</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Weiß nicht</translation>
    </message>
    <message>
        <source>Who &amp;reached out:</source>
        <translation>Wer hat sich &amp;gemeldet:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What did you talk about?</source>
        <translation>Worüber haben Sie gesprochen?</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>e.g. send the deck</source>
        <translation>z. B. die Präsentation schicken</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>&amp;Nächster Schritt:</translation>
    </message>
    <message>
        <source>Follow &amp;up on</source>
        <translation>Wieder&amp;vorlage am</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum der Wiedervorlage</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Erfassen</translation>
    </message>
</context>
<context>
    <name>rapport::MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Neuer Kontakt…</translation>
    </message>
    <message>
        <source>&amp;Log Conversation…</source>
        <translation>&amp;Gespräch erfassen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Explore &amp;Sample Data</source>
        <translation>Beispiel&amp;daten erkunden</translation>
    </message>
    <message>
        <source>&amp;Remove Sample Data</source>
        <translation>Beispieldaten ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find Contacts</source>
        <translation>Kontakte &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>&amp;Über Rapport</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>Über Rapport</translation>
    </message>
    <message>
        <source>Rapport %1 — a personal-network CRM for a small, real network.</source>
        <translation>Rapport %1 – ein CRM für ein kleines, echtes persönliches Netzwerk.</translation>
    </message>
    <message>
        <source>Today&apos;s backup failed: %1</source>
        <translation>Die heutige Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 — Rapport</source>
        <translation>%1 — Rapport</translation>
    </message>
    <message>
        <source>Conversation logged.</source>
        <translation>Gespräch erfasst.</translation>
    </message>
    <message>
        <source>Sample Data</source>
        <translation>Beispieldaten</translation>
    </message>
    <message numerus="yes">
        <source>Added a sample network of %n people. File › Remove Sample Data takes it away.</source>
        <translation>
            <numerusform>Ein Beispielnetzwerk mit %n Person angelegt. Datei › Beispieldaten entfernen nimmt es wieder weg.</numerusform>
            <numerusform>Ein Beispielnetzwerk mit %n Personen angelegt. Datei › Beispieldaten entfernen nimmt es wieder weg.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Sample Data</source>
        <translation>Beispieldaten entfernen</translation>
    </message>
    <message>
        <source>Remove the sample contacts and everything recorded about them?</source>
        <translation>Die Beispielkontakte und alles, was über sie erfasst ist, entfernen?</translation>
    </message>
    <message>
        <source>The sample data was removed.</source>
        <translation>Die Beispieldaten wurden entfernt.</translation>
    </message>
    <message>
        <source>Open or Create a Database</source>
        <translation>Datenbank öffnen oder anlegen</translation>
    </message>
    <message>
        <source>Rapport databases (*.sqlite *.db);;All files (*)</source>
        <translation>Rapport-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>Import-&amp;Verlauf…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Import #%1: %2 added, %3 updated, %4 unchanged, %5 skipped. File › Import History can undo it.</source>
        <translation>Import #%1: %2 hinzugefügt, %3 aktualisiert, %4 unverändert, %5 übersprungen. Datei › Importverlauf kann ihn rückgängig machen.</translation>
    </message>
    <message>
        <source>Scores could not be updated: %1</source>
        <translation>Die Scores konnten nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>&amp;Synchronisierung…</translation>
    </message>
    <message>
        <source>Sync No&amp;w</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>Synchronisierung &amp;abbrechen</translation>
    </message>
</context>
<context>
    <name>rapport::MergeContactsDialog</name>
    <message>
        <source>Merge Contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Choose the value to keep where the two differ. E-mails, phones, circles, conversations, follow-ups and introductions of both are kept; the other contact goes to the Trash. Undo puts everything back.</source>
        <translation>Wählen Sie, welcher Wert behalten wird, wo sich die beiden unterscheiden. E-Mails, Telefone, Kreise, Gespräche, Wiedervorlagen und Vermittlungen beider bleiben erhalten; der andere Kontakt kommt in den Papierkorb. Rückgängig stellt alles wieder her.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No conflicting fields.</source>
        <translation>Keine widersprüchlichen Felder.</translation>
    </message>
</context>
<context>
    <name>rapport::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>rapport::NavigationPane</name>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
</context>
<context>
    <name>rapport::NewContactDialog</name>
    <message>
        <source>New Contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>P&amp;osition:</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;How we met:</source>
        <translation>Wie wir uns &amp;kennen:</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Wie wir uns kennen</translation>
    </message>
    <message>
        <source>work</source>
        <translation>Arbeit</translation>
    </message>
</context>
<context>
    <name>rapport::PlanItemModel</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Why now</source>
        <translation>Warum jetzt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) overdue)</source>
        <translation>
            <numerusform>%1 (%n Tag überfällig)</numerusform>
            <numerusform>%1 (%n Tage überfällig)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>rapport::PlanView</name>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>This week&apos;s follow-ups</source>
        <translation>Wiedervorlagen dieser Woche</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Snooze a &amp;Day</source>
        <translation>Einen &amp;Tag zurückstellen</translation>
    </message>
    <message>
        <source>Snooze a &amp;Week</source>
        <translation>Eine &amp;Woche zurückstellen</translation>
    </message>
    <message>
        <source>Snooze &amp;Until…</source>
        <translation>Zurückstellen &amp;bis…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Verschieben…</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>Kontakt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Log Conversation With…</source>
        <translation>&amp;Gespräch erfassen mit…</translation>
    </message>
    <message>
        <source>&amp;Previous Week</source>
        <translation>V&amp;orige Woche</translation>
    </message>
    <message>
        <source>&amp;Next Week</source>
        <translation>&amp;Nächste Woche</translation>
    </message>
    <message>
        <source>&amp;This Week</source>
        <translation>&amp;Diese Woche</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druckvorsc&amp;hau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export to &amp;Calendar…</source>
        <translation>In &amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>follow-ups-%1.pdf</source>
        <translation>wiedervorlagen-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The week&apos;s list was saved as %1.</source>
        <translation>Die Wochenliste wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Export to Calendar</source>
        <translation>In Kalender exportieren</translation>
    </message>
    <message>
        <source>follow-ups-%1.ics</source>
        <translation>wiedervorlagen-%1.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>The week&apos;s follow-ups were saved as %1.</source>
        <translation>Die Wiedervorlagen der Woche wurden als %1 gespeichert.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Group the list</source>
        <translation>Liste gruppieren</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Nach Tag</translation>
    </message>
    <message>
        <source>By priority</source>
        <translation>Nach Priorität</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>H&amp;eute</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>Nothing is due today. A good day to have a real conversation.</source>
        <translation>Heute ist nichts fällig. Ein guter Tag für ein echtes Gespräch.</translation>
    </message>
    <message numerus="yes">
        <source>%n to get in touch with</source>
        <translation>
            <numerusform>%n Person zum Kontaktieren</numerusform>
            <numerusform>%n Personen zum Kontaktieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, davon %n überfällig</numerusform>
            <numerusform>, davon %n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>. Best first: work down the list, one call at a time.</source>
        <translation>. Die Wichtigsten zuerst: Arbeiten Sie die Liste ab, ein Anruf nach dem anderen.</translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n heute fällig</numerusform>
            <numerusform>%n heute fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>This week — %1</source>
        <translation>Diese Woche – %1</translation>
    </message>
    <message>
        <source>Nothing planned for this week.</source>
        <translation>Für diese Woche ist nichts geplant.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) this week</source>
        <translation>
            <numerusform>%n Wiedervorlage diese Woche</numerusform>
            <numerusform>%n Wiedervorlagen diese Woche</numerusform>
        </translation>
    </message>
    <message>
        <source>. Keep-in-touch reminders for a future week are projected (in italics) and saved when the week comes.</source>
        <translation>. Erinnerungen zum In-Kontakt-Bleiben für eine künftige Woche sind vorausberechnet (kursiv) und werden gespeichert, wenn die Woche kommt.</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n follow-up(s) done</source>
        <translation>
            <numerusform>%n Wiedervorlage erledigen</numerusform>
            <numerusform>%n Wiedervorlagen erledigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) done.</source>
        <translation>
            <numerusform>%n Wiedervorlage erledigt.</numerusform>
            <numerusform>%n Wiedervorlagen erledigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n follow-up(s)</source>
        <translation>
            <numerusform>%n Wiedervorlage zurückstellen</numerusform>
            <numerusform>%n Wiedervorlagen zurückstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Snooze Until</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Reschedule %n follow-up(s)</source>
        <translation>
            <numerusform>%n Wiedervorlage verschieben</numerusform>
            <numerusform>%n Wiedervorlagen verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups %1</source>
        <translation>Wiedervorlagen %1</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Druckvorschau – %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&amp;Write a Note…</source>
        <translation>Notiz &amp;schreiben…</translation>
    </message>
    <message>
        <source>Hi %1, </source>
        <translation>Hallo %1, </translation>
    </message>
</context>
<context>
    <name>rapport::SetCadenceDialog</name>
    <message>
        <source>Set Cadence</source>
        <translation>Rhythmus festlegen</translation>
    </message>
    <message numerus="yes">
        <source>How often to talk to %n contact(s). 0 uses the tier&apos;s default.</source>
        <translation>
            <numerusform>Wie oft Sie mit %n Kontakt sprechen möchten. 0 verwendet den Standard der Stufe.</numerusform>
            <numerusform>Wie oft Sie mit %n Kontakten sprechen möchten. 0 verwendet den Standard der Stufe.</numerusform>
        </translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Ideal interval in days</source>
        <translation>Idealer Abstand in Tagen</translation>
    </message>
    <message>
        <source>Maximum interval in days</source>
        <translation>Längster Abstand in Tagen</translation>
    </message>
    <message>
        <source>&amp;Ideal every:</source>
        <translation>&amp;Ideal alle:</translation>
    </message>
    <message>
        <source>&amp;At most every:</source>
        <translation>&amp;Höchstens alle:</translation>
    </message>
</context>
<context>
    <name>rapport::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Cadences</source>
        <translation>&amp;Rhythmen</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <source>Who you are, so Rapport can tell your messages from others&apos;, and whom you want to know, so scores favour them. Lists are separated by commas.</source>
        <translation>Wer Sie sind, damit Rapport Ihre Nachrichten von denen anderer unterscheiden kann, und wen Sie kennenlernen möchten, damit die Scores diese Personen bevorzugen. Listen werden durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;LinkedIn URL:</source>
        <translation>&amp;LinkedIn-URL:</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>Übersc&amp;hrift:</translation>
    </message>
    <message>
        <source>&amp;Industries:</source>
        <translation>&amp;Branchen:</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>R&amp;ollen:</translation>
    </message>
    <message>
        <source>C&amp;ompanies:</source>
        <translation>F&amp;irmen:</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation>Re&amp;gionen:</translation>
    </message>
    <message>
        <source>How often to be in touch, by tier, unless a contact has its own cadence. An ideal of 0 means no reminders.</source>
        <translation>Wie oft Sie in Kontakt bleiben möchten, je Stufe, sofern ein Kontakt keinen eigenen Rhythmus hat. Ein Idealwert von 0 bedeutet keine Erinnerungen.</translation>
    </message>
    <message>
        <source>Ideal (days)</source>
        <translation>Ideal (Tage)</translation>
    </message>
    <message>
        <source>At most (days)</source>
        <translation>Höchstens (Tage)</translation>
    </message>
    <message>
        <source>%1: ideal days</source>
        <translation>%1: ideale Tage</translation>
    </message>
    <message>
        <source>%1: maximum days</source>
        <translation>%1: höchstens Tage</translation>
    </message>
    <message>
        <source>&amp;Reset to Built-in Defaults</source>
        <translation>Auf eingebaute Standardwerte &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Datenbankdatei:</translation>
    </message>
    <message>
        <source>&amp;Open Another Database…</source>
        <translation>Andere Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Backups (the last 7 days and the last 5 before imports and restores):</source>
        <translation>Sicherungen (die letzten 7 Tage und die letzten 5 vor Importen und Wiederherstellungen):</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Restore Selected Backup…</source>
        <translation>Ausgewählte Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup from %1? The current contents are backed up first, so this can be reversed.</source>
        <translation>Alles in der Datenbank durch die Sicherung vom %1 ersetzen? Der aktuelle Inhalt wird zuerst gesichert, das lässt sich also rückgängig machen.</translation>
    </message>
    <message>
        <source>The current database could not be backed up, so nothing was restored: %1</source>
        <translation>Die aktuelle Datenbank konnte nicht gesichert werden, daher wurde nichts wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Die Sicherung wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation>Spr&amp;ache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Rapport uses the new language the next time it starts. Dates and numbers follow the language too.</source>
        <translation>Rapport verwendet die neue Sprache beim nächsten Start. Auch Datums- und Zahlenformate richten sich nach der Sprache.</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation>&amp;Bewertung</translation>
    </message>
    <message>
        <source>What a relationship score is made of, in points out of 100 (penalties are taken off), and where the tiers begin. Scores are recalculated when you press OK.</source>
        <translation>Woraus sich der Beziehungs-Score zusammensetzt, in Punkten von 100 (Abzüge werden abgezogen), und wo die Stufen beginnen. Die Scores werden neu berechnet, wenn Sie auf OK klicken.</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>&amp;Standardwerte wiederherstellen</translation>
    </message>
</context>
<context>
    <name>rapport::SyncController</name>
    <message>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>%1 The password is kept for this session only.</source>
        <translation>%1 Das Passwort wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>The sync account was forgotten; its password is no longer in the system keychain.</source>
        <translation>Das Synchronisierungskonto wurde vergessen; sein Passwort ist nicht mehr im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The password could not be removed from the system keychain: %1</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund des Systems entfernt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %L1 pulled, %L2 pushed, %L3 deleted, %n conflict(s)</source>
        <translation>
            <numerusform>Synchronisiert: %L1 geholt, %L2 gesendet, %L3 gelöscht, %n Konflikt</numerusform>
            <numerusform>Synchronisiert: %L1 geholt, %L2 gesendet, %L3 gelöscht, %n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n refused by the server</source>
        <translation>
            <numerusform>, %n vom Server abgelehnt</numerusform>
            <numerusform>, %n vom Server abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — will try again later</source>
        <translation>Offline – wird später erneut versucht</translation>
    </message>
    <message>
        <source>Pulled: %L1 new, %L2 updated, %L3 moved to the Trash</source>
        <translation>Geholt: %L1 neu, %L2 aktualisiert, %L3 in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>Pushed: %L1 new, %L2 updated, %L3 deleted</source>
        <translation>Gesendet: %L1 neu, %L2 aktualisiert, %L3 gelöscht</translation>
    </message>
    <message>
        <source>Follow-ups: %L1 published, %L2 removed from the calendar</source>
        <translation>Wiedervorlagen: %L1 veröffentlicht, %L2 aus dem Kalender entfernt</translation>
    </message>
    <message>
        <source>Conflicts: %L1, both versions kept (File › Sync… lists them)</source>
        <translation>Konflikte: %L1, beide Versionen behalten (Datei › Synchronisierung… listet sie auf)</translation>
    </message>
    <message>
        <source>Refused by the server: %L1, tried again next time</source>
        <translation>Vom Server abgelehnt: %L1, werden beim nächsten Mal erneut versucht</translation>
    </message>
    <message>
        <source>Took %1 s</source>
        <translation>Dauer: %1 s</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate this computer does not trust.</source>
        <translation>Der Server %1 hat ein Zertifikat vorgelegt, dem dieser Computer nicht vertraut.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Ausgestellt für: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Ausgestellt von: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Valid from %1 until %2</source>
        <translation>Gültig von %1 bis %2</translation>
    </message>
    <message>
        <source>Trust this certificate for this session and sync? Choose Yes only if you expected it, for example for your own server with a self-signed certificate; otherwise someone may be reading the connection.</source>
        <translation>Diesem Zertifikat für diese Sitzung vertrauen und synchronisieren? Wählen Sie „Ja“ nur, wenn Sie es erwartet haben, zum Beispiel bei Ihrem eigenen Server mit einem selbst signierten Zertifikat; andernfalls liest womöglich jemand die Verbindung mit.</translation>
    </message>
    <message>
        <source>Sync is not set up yet: enter the server and user name in File › Sync….</source>
        <translation>Die Synchronisierung ist noch nicht eingerichtet: Geben Sie Server und Benutzernamen unter Datei › Synchronisierung… ein.</translation>
    </message>
    <message>
        <source>Waiting for the system keychain…</source>
        <translation>Warten auf den Schlüsselbund des Systems…</translation>
    </message>
    <message>
        <source>the system keychain did not answer</source>
        <translation>der Schlüsselbund des Systems hat nicht geantwortet</translation>
    </message>
    <message>
        <source>Waiting for your decision about the server&apos;s certificate…</source>
        <translation>Warten auf Ihre Entscheidung zum Zertifikat des Servers…</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>Not synced: the certificate of %1 was not trusted.</source>
        <translation>Nicht synchronisiert: Dem Zertifikat von %1 wurde nicht vertraut.</translation>
    </message>
    <message>
        <source>No password was given; enter it in File › Sync….</source>
        <translation>Es wurde kein Passwort angegeben; geben Sie es unter Datei › Synchronisierung… ein.</translation>
    </message>
    <message>
        <source>No password came from the system keychain (%1); enter it in File › Sync….</source>
        <translation>Der Schlüsselbund des Systems hat kein Passwort geliefert (%1); geben Sie es unter Datei › Synchronisierung… ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflict(s): both versions were kept, File › Sync… shows them.</source>
        <translation>
            <numerusform>%n Synchronisierungskonflikt: Beide Versionen wurden behalten, Datei › Synchronisierung… zeigt ihn an.</numerusform>
            <numerusform>%n Synchronisierungskonflikte: Beide Versionen wurden behalten, Datei › Synchronisierung… zeigt sie an.</numerusform>
        </translation>
    </message>
    <message>
        <source>File › Sync Now shows the certificate.</source>
        <translation>Datei › Jetzt synchronisieren zeigt das Zertifikat an.</translation>
    </message>
</context>
<context>
    <name>rapport::SyncDialog</name>
    <message>
        <source>the tier&apos;s default</source>
        <translation>Standard der Stufe</translation>
    </message>
    <message>
        <source>every %1 days, at most %2</source>
        <translation>alle %1 Tage, höchstens %2</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Wie Sie sich kennen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kreise</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>The server&apos;s version</source>
        <translation>Die Version des Servers</translation>
    </message>
    <message>
        <source>This computer&apos;s version</source>
        <translation>Die Version dieses Computers</translation>
    </message>
    <message>
        <source>The changed version</source>
        <translation>Die geänderte Version</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Two-way sync of the contacts with a CardDAV server (Nextcloud, Radicale, Fastmail, …). The password is kept in the system keychain, never in a settings file.</source>
        <translation>Zwei-Wege-Synchronisierung der Kontakte mit einem CardDAV-Server (Nextcloud, Radicale, Fastmail, …). Das Passwort wird im Schlüsselbund des Systems aufbewahrt, nie in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>dav.example.org or https://dav.example.org/remote.php/dav</source>
        <translation>dav.example.org oder https://dav.example.org/remote.php/dav</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Also publish &amp;follow-ups to a calendar</source>
        <translation>&amp;Wiedervorlagen auch in einem Kalender veröffentlichen</translation>
    </message>
    <message>
        <source>Open follow-ups appear as to-dos in a calendar on the same server.</source>
        <translation>Offene Wiedervorlagen erscheinen als Aufgaben in einem Kalender auf demselben Server.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>When a contact changed on both sides, the more recent change is kept and the other version is saved here; a change always wins over a deletion. Dismiss a row once you have looked at it.</source>
        <translation>Wenn ein Kontakt auf beiden Seiten geändert wurde, wird die neuere Änderung behalten und die andere Version hier gespeichert; eine Änderung hat immer Vorrang vor einer Löschung. Verwerfen Sie eine Zeile, sobald Sie sie angesehen haben.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>What differed</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Synchronisierungskonflikte</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Remove the selected conflicts from this list (Delete)</source>
        <translation>Die ausgewählten Konflikte aus dieser Liste entfernen (Entf)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Forget Account</source>
        <translation>&amp;Konto vergessen</translation>
    </message>
    <message>
        <source>Empty: use the password in the system keychain</source>
        <translation>Leer: Passwort aus dem Schlüsselbund des Systems verwenden</translation>
    </message>
    <message>
        <source>Not encrypted (http://), on this computer only.</source>
        <translation>Nicht verschlüsselt (http://), nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>Not encrypted (http://): the password and the contacts would travel in clear text.</source>
        <translation>Nicht verschlüsselt (http://): Passwort und Kontakte würden im Klartext übertragen.</translation>
    </message>
    <message>
        <source>Connects to %1 (encrypted).</source>
        <translation>Verbindet mit %1 (verschlüsselt).</translation>
    </message>
    <message>
        <source>A sync is running. Its progress is in the status bar.</source>
        <translation>Eine Synchronisierung läuft. Ihr Fortschritt wird in der Statusleiste angezeigt.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <source>Last synced completely: %1</source>
        <translation>Zuletzt vollständig synchronisiert: %1</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Noch nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example dav.example.org.</source>
        <translation>Geben Sie die Adresse des Servers ein, zum Beispiel dav.example.org.</translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation>Geben Sie Ihren Benutzernamen auf dem Server ein.</translation>
    </message>
    <message>
        <source>Unencrypted Connection</source>
        <translation>Unverschlüsselte Verbindung</translation>
    </message>
    <message>
        <source>%1 would be reached without encryption (http://): the password and the contacts would travel in clear text. Sync anyway?</source>
        <translation>%1 würde ohne Verschlüsselung (http://) erreicht: Passwort und Kontakte würden im Klartext übertragen. Trotzdem synchronisieren?</translation>
    </message>
    <message>
        <source>Forget Account</source>
        <translation>Konto vergessen</translation>
    </message>
    <message>
        <source>Forget the sync account %1 on %2? Its password is removed from the system keychain; the contacts on this computer and on the server stay.</source>
        <translation>Das Synchronisierungskonto %1 auf %2 vergessen? Sein Passwort wird aus dem Schlüsselbund des Systems entfernt; die Kontakte auf diesem Computer und auf dem Server bleiben erhalten.</translation>
    </message>
    <message>
        <source>Dismiss Conflict</source>
        <translation>Konflikt verwerfen</translation>
    </message>
    <message>
        <source>Changed here, deleted on the server</source>
        <translation>Hier geändert, auf dem Server gelöscht</translation>
    </message>
    <message>
        <source>Deleted here, changed on the server</source>
        <translation>Hier gelöscht, auf dem Server geändert</translation>
    </message>
    <message>
        <source>One version could not be read; both are kept.</source>
        <translation>Eine Version konnte nicht gelesen werden; beide werden behalten.</translation>
    </message>
    <message>
        <source>Nothing a person would see</source>
        <translation>Nichts, was man sehen würde</translation>
    </message>
    <message>
        <source>%1: here %2, on the server %3</source>
        <translation>%1: hier %2, auf dem Server %3</translation>
    </message>
</context>
<context>
    <name>rapport::SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Synchronisierungszustand</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Synchronisierungsfortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <source>Stop syncing; what was already synced stays, the rest follows next time</source>
        <translation>Synchronisierung beenden; was schon synchronisiert ist, bleibt, der Rest folgt beim nächsten Mal</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 von %L2</translation>
    </message>
</context>
<context>
    <name>rapport::TimelineModel</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Introduction: %1 introduced %2 to %3</source>
        <translation>Vermittlung: %1 stellte %2 und %3 einander vor</translation>
    </message>
    <message>
        <source>Referral: %1 referred %2 to %3</source>
        <translation>Empfehlung: %1 empfahl %2 an %3</translation>
    </message>
    <message>
        <source>Help received</source>
        <translation>Hilfe erhalten</translation>
    </message>
    <message>
        <source>Help given</source>
        <translation>Hilfe geleistet</translation>
    </message>
</context>
<context>
    <name>rapport::TrashView</name>
    <message>
        <source>Deleted contacts stay here for 30 days. Restore brings back everything they had.</source>
        <translation>Gelöschte Kontakte bleiben 30 Tage hier. Wiederherstellen bringt alles zurück, was sie hatten.</translation>
    </message>
    <message>
        <source>Deleted contacts</source>
        <translation>Gelöschte Kontakte</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted contact(s)</source>
        <translation>
            <numerusform>%n gelöschter Kontakt</numerusform>
            <numerusform>%n gelöschte Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n contact(s).</source>
        <translation>
            <numerusform>%n Kontakt wiederhergestellt.</numerusform>
            <numerusform>%n Kontakte wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>%n Kontakt endgültig löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Kontakte endgültig löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n contact(s) in the Trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Den %n Kontakt im Papierkorb endgültig löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Alle %n Kontakte im Papierkorb endgültig löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Papierkorb</translation>
    </message>
</context>
<context>
    <name>rapport::WelcomeWidget</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome to Rapport</source>
        <translation>Willkommen bei Rapport</translation>
    </message>
    <message>
        <source>Keep in touch with the people who matter. Start with the network you already have:</source>
        <translation>Bleiben Sie mit den Menschen in Kontakt, auf die es ankommt. Beginnen Sie mit dem Netzwerk, das Sie schon haben:</translation>
    </message>
    <message>
        <source>&amp;Import a LinkedIn export…</source>
        <translation>LinkedIn-Export &amp;importieren…</translation>
    </message>
    <message>
        <source>The ZIP file LinkedIn sends from Settings › Data privacy › Get a copy of your data</source>
        <translation>Die ZIP-Datei, die LinkedIn unter Einstellungen › Datenschutz › Kopie Ihrer Daten anfordern verschickt</translation>
    </message>
    <message>
        <source>&amp;Add a contact…</source>
        <translation>Kontakt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Type in one person by hand</source>
        <translation>Eine Person von Hand eingeben</translation>
    </message>
    <message>
        <source>&amp;Explore sample data</source>
        <translation>Beispieldaten &amp;erkunden</translation>
    </message>
    <message>
        <source>A made-up network of 150 people; File › Remove Sample Data takes it away again</source>
        <translation>Ein erfundenes Netzwerk mit 150 Personen; Datei › Beispieldaten entfernen nimmt es wieder weg</translation>
    </message>
</context>
<context>
    <name>rapport::WriteNoteDialog</name>
    <message>
        <source>Write a Note</source>
        <translation>Notiz schreiben</translation>
    </message>
    <message>
        <source>Recipient&apos;s name</source>
        <translation>Name des Empfängers</translation>
    </message>
    <message>
        <source>Their name, so the advice can use it</source>
        <translation>Der Name, damit die Tipps ihn verwenden können</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Where you know them from, something specific about their work, and how you could help.</source>
        <translation>Woher Sie die Person kennen, etwas Bestimmtes über ihre Arbeit und wie Sie helfen könnten.</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <source>Why the note reads this way</source>
        <translation>Warum die Notiz so wirkt</translation>
    </message>
    <message>
        <source>What to &amp;add:</source>
        <translation>Was &amp;ergänzen:</translation>
    </message>
    <message>
        <source>What to add to the note</source>
        <translation>Was in der Notiz ergänzt werden sollte</translation>
    </message>
    <message>
        <source>&amp;Copy Note</source>
        <translation>Notiz &amp;kopieren</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 — %n character(s) over LinkedIn&apos;s limit</source>
        <translation>
            <numerusform>%1 / %2 – %n Zeichen über LinkedIns Grenze</numerusform>
            <numerusform>%1 / %2 – %n Zeichen über LinkedIns Grenze</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Noch nichts geschrieben</translation>
    </message>
    <message>
        <source>Reads like a name collector&apos;s note</source>
        <translation>Liest sich wie die Notiz eines Namenssammlers</translation>
    </message>
    <message>
        <source>Reads as a personal note</source>
        <translation>Liest sich wie eine persönliche Notiz</translation>
    </message>
    <message>
        <source>Could read either way</source>
        <translation>Könnte so oder so wirken</translation>
    </message>
    <message>
        <source>%1% likely to be taken for collecting names</source>
        <translation>Zu %1 % wahrscheinlich als Namensammeln aufgefasst</translation>
    </message>
    <message>
        <source>Nothing to add: the note is specific and personal.</source>
        <translation>Nichts zu ergänzen: Die Notiz ist konkret und persönlich.</translation>
    </message>
</context>
<context>
    <name>rapport::db::Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Rapport database (or it is damaged): %2</source>
        <translation>%1 ist keine Rapport-Datenbank (oder sie ist beschädigt): %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rapport (schema %2; this version knows up to %3). It was not changed; please update Rapport.</source>
        <translation>%1 wurde von einer neueren Rapport-Version geschrieben (Schema %2; diese Version kennt bis %3). Die Datei wurde nicht verändert; bitte aktualisieren Sie Rapport.</translation>
    </message>
    <message>
        <source>The database %1 is read-only. Rapport needs to write to it; check the file&apos;s permissions.</source>
        <translation>Die Datenbank %1 ist schreibgeschützt. Rapport muss in sie schreiben können; prüfen Sie die Dateiberechtigungen.</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>The database needs an upgrade, but the backup before it failed, so nothing was changed: %1</source>
        <translation>Die Datenbank braucht eine Aktualisierung, aber die Sicherung davor ist fehlgeschlagen, daher wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>Row %1 of %2 points to a missing row in %3.</source>
        <translation>Zeile %1 von %2 verweist auf eine fehlende Zeile in %3.</translation>
    </message>
    <message>
        <source>The search index does not match the contacts: %1</source>
        <translation>Der Suchindex passt nicht zu den Kontakten: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2</source>
        <translation>Die Datenbankdatei %1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
</TS>
