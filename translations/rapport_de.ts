<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddContact</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddToCircle</name>
    <message>
        <source>The database refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChampionStage</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeContactField</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeFollowUpDate</name>
    <message>
        <source>Snooze until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationKind</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message numerus="yes">
        <source>Sample network (%n contact(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interval cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum interval cannot be shorter than the ideal one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interval cannot be longer than ten years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tier called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1, %2–%3 %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1, %2 %3 – %4 %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1, %2 %3 %4 – %5 %6 %7</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>This is a binary file, not a CSV text export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is longer than %1 MB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field is never closed: the closing quote is missing before the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vCard file is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown file: the header does not match a LinkedIn, Google, Outlook or vCard export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown table in the import log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import #%1 is %2 and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import #%1 came later and may build on this one; undo it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start writing to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo failed and changed nothing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo failed at the final commit; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: this file holds no contacts, messages or invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This LinkedIn file holds no contacts, messages or invitations; import Connections.csv, messages.csv, Invitations.csv or the whole export instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported. Fix the file, or skip the bad rows to import the rest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup could be made before importing, so nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to the database failed, nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell which messages are yours; import Profile.csv with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new conversation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 merged, %5 unchanged, %6 skipped, %7 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the final commit failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Connected On&quot; is not a date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;DATE&quot; is not a date and time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Direction&quot; must be INCOMING or OUTGOING, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Sent At&quot; is not a date and time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a binary file, not a vCard text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a vCard property line; the card starting on line %1 was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is not closed: END:VCARD is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the zip archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has %1 entries; more than %2 is not a LinkedIn export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive contains an unsafe path &quot;%1&quot; (absolute or with &quot;..&quot;); it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member inflates to %1 MB, more than the limit of %2 MB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member inflates to more than %1 MB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive looks like a zip bomb: &quot;%1&quot; inflates more than %2 times its compressed size. Nothing was imported from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive inflates to more than %1 MB in total; it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroductionStore</name>
    <message>
        <source>An introduction needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the introduction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogConversation</name>
    <message>
        <source>Log %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkFollowUpDone</name>
    <message>
        <source>Mark follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeContacts</name>
    <message>
        <source>Merge into %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeContactsDialog</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Rapport (schema %1; this version knows up to %2). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed and was undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database failed and was undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message numerus="yes">
        <source>made %n introduction(s) or referral(s) for you</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n two-way conversation(s) over time</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n two-way conversation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people are champions, but the innermost circle holds about 5: is each one really in it?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are champions or inner circle, but that layer holds about 15: some may be drifting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are active, more than the 150 or so relationships a person can keep up.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>you spoke today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>last spoke %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last spoke %n week(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last spoke %n month(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you have not spoken in %n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n two-way conversation(s) this year</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>they started %n conversation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you started all %n conversation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>they wrote %n message(s) to you</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>met in person %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) or video call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n written exchange(s), no calls or meetings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>known for %n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>known for %n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>introduced you to %n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent you %n referral(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>helped you %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you helped them %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fits your target market on %n point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>you know what they do and how you met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you know what they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you know how you met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you have not noted what they do or how you met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their invitation looked like a collector&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>connected %n month(s) ago but never talked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>connected but never talked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>never replied to your %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>left %n of your message(s) unanswered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>you put them at the %1 stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetCadence</name>
    <message>
        <source>The database refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message numerus="yes">
        <source>%n mutual connection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mutual connections unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier conversation(s) in Rapport</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Introduction recorded in Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty or LinkedIn&apos;s default text, so only the profile data can decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than 15 mutual connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender has more than 2,000 connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s headline advertises open networking or selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many mutual connections, a modest network and a plain headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collects connections in bulk (open networker, connection goals, accepts everyone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks you to follow, endorse, share or pass them on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks about themselves, not about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists credentials, client counts or media mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers a product or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales call to action (free offer, discount, booking link, messenger number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for a call or a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for a job, a referral or to read a CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for money, sponsorship, buyers or investors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic recruiter message (keyword match, rate and availability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for something in the first message without any shared history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crypto, forex, passive income, MLM or pay-to-be-featured offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flattery without saying anything specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pretext instead of a reason (mutual connections, same group, viewed your profile, synergies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions your post, work or an event without saying which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains unfilled mail-merge fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses a category of people, not you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names nothing specific to you or to a shared past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions your work only to lead into a pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refers to something you did together or an existing relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met you at a named event or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalls something you said or did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A named person introduced you or suggested the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks you or congratulates you for something specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refers to a specific piece of your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks a relevant question, gives feedback or offers something concrete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposes a concrete next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks how they can help you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions your company or work topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have talked with this person before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport records an introduction to this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read your triage decisions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the learned triage weights: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the learned triage weights: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the learned triage weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reset the triage weights: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Network audit: Dunbar layers and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champions pipeline, suggestions, give/receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, add, show, edit or delete contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the database&apos;s integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a verified backup to FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore the database from a backup FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create (or --remove) a sample network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, list, complete, snooze or reschedule follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a LinkedIn export, vCards, Google or Outlook CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a conversation (call, meeting, message, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship scores with tiers and reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week&apos;s list to print: text, JSON, HTML, PDF, iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to get in touch with today, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rapport-cli [--db PATH] [--json] COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:
  --db PATH   the database file (default: $RAPPORT_DB, else rapport.sqlite in the application data folder)
  --json      machine-readable output
  --help      this text; COMMAND --help for a command&apos;s options
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rapport-cli: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rapport-cli: unknown command %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Rapport, a personal-network CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not hand over to a running copy of Rapport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::AppContext</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::CircleListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::CircleStore</name>
    <message>
        <source>A circle needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the circle %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no circle named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a circle named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add to the circle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add to the circle: the database refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the circle: the database refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::CirclesView</name>
    <message>
        <source>Enter opens a circle&apos;s members. F2 renames, Delete removes the circle (its members stay). Add contacts to a circle from the Contacts view (Ctrl+G).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the circle %1? Its members stay in your contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n circle(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ContactDetailPanel</name>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a contact to see and edit the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locat&amp;ion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;kedIn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we &amp;met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ci&amp;rcles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal days between conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum days between conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ideal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in touch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champion stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champion &amp;stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations and introductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change champion stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ContactFilterBar</name>
    <message>
        <source>Search names, companies, positions, notes… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Never talked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All circles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ContactStore</name>
    <message>
        <source>A contact needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another contact already has the LinkedIn profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the contact: the database refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read contact %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact with uid %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown contact field %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change %1: the database refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete: the database refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum interval cannot be shorter than the ideal one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ContactTableModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ContactsView</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Conversation with Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to C&amp;ircle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Cadence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Two Contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add to Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to the circle (type a new name to create one):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n contact(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived %n contact(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n contact(s) to the Trash.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select exactly two contacts to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1; the other contact is in the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ConversationStore</name>
    <message>
        <source>A conversation needs at least one contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conversation needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot link the conversation to contact %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the conversation: the database refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conversation with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the conversations: the database refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::FollowUpListModel</name>
    <message>
        <source>Keep in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (snoozed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::FollowUpStore</name>
    <message>
        <source>A follow-up needs a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up needs a valid due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no follow-up with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save: the database refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozing needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduling needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::FollowUpsPanel</name>
    <message>
        <source>Open follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze a &amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze a &amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze &amp;Until…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::InvitationStore</name>
    <message>
        <source>Cannot save the invitation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no invitation with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::LabeledValuesEditor</name>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::LogConversationDialog</name>
    <message>
        <source>Log Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts in this conversation (Delete removes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who reached out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who &amp;reached out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you talk about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. send the deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore &amp;Sample Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Sample Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport %1 — a personal-network CRM for a small, real network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn export or address book (*.zip *.csv *.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 into this database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added a sample network of %n people. File › Remove Sample Data takes it away.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Sample Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the sample contacts and everything recorded about them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample data was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or Create a Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::MergeContactsDialog</name>
    <message>
        <source>Merge Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the value to keep where the two differ. E-mails, phones, circles, conversations, follow-ups and introductions of both are kept; the other contact goes to the Trash. Undo puts everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicting fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::MergeService</name>
    <message>
        <source>Choose two different contacts to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read what to merge from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge: the database refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo the merge: the database refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::NavigationPane</name>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::NewContactDialog</name>
    <message>
        <source>New Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How we met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::SetCadenceDialog</name>
    <message>
        <source>Set Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>How often to talk to %n contact(s). 0 uses the tier&apos;s default.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal interval in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum interval in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ideal every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At most every:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cadences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you are, so Rapport can tell your messages from others&apos;, and whom you want to know, so scores favour them. Lists are separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;LinkedIn URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompanies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often to be in touch, by tier, unless a contact has its own cadence. An ideal of 0 means no reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ideal days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: maximum days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to Built-in Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Another Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (the last 7 days and the last 5 before imports and restores):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Selected Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup from %1? The current contents are backed up first, so this can be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current database could not be backed up, so nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::TimelineModel</name>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction: %1 introduced %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral: %1 referred %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::TrashView</name>
    <message>
        <source>Deleted contacts stay here for 30 days. Restore brings back everything they had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deleted contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n contact(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) for good? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n contact(s) in the Trash for good? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::WelcomeWidget</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in touch with the people who matter. Start with the network you already have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a LinkedIn export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP file LinkedIn sends from Settings › Data privacy › Get a copy of your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in one person by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explore sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up network of 150 people; File › Remove Sample Data takes it away again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::cli</name>
    <message>
        <source>E-mail address (repeatable; LABEL:ADDRESS to label it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number (repeatable; LABEL:NUMBER to label it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle to put the contact in (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the contact&apos;s id, e.g. &quot;contacts show 12&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only contacts matching these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: at most this many rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: archived contacts instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: contacts in the Trash instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete: remove for good instead of moving to the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list | add | show ID | edit ID | delete ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, add, show, edit and delete contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; use list, add, show, edit or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (#%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity (SQLite integrity and foreign keys, search index).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a verified copy of the database (safe while Rapport is running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to write, e.g. &quot;backup ~/rapport-backup.sqlite&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1 (verified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with a backup. The backup is verified first and the current database is backed up before it is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: the backup of the current database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1. The previous database was saved as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many sample contacts (default 150).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same network (default 42).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average conversations per contact who has any (default 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the sample data again (your own data stays).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or remove a sample network to try Rapport with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--contacts needs a number of contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--conversations needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a sample network: %1 contacts, %2 conversations, %3 follow-ups, %4 introductions, %5 invitations. Remove it with &quot;rapport-cli demo --remove&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a %2 id (a positive number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date; use YYYY-MM-DD, today, tomorrow or +N (days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followup add needs --contact ID and --due DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--repeat takes a number of days greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added follow-up %1 for %2, due %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-ups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(snoozed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(repeats every %1 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up %1 is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next one (%1) is due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followup snooze needs either --days N or --until DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days takes a number of days greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up %1 is snoozed until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followup reschedule needs --due DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up %1 is now due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list, done, snooze or reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the follow-up (done, snooze, reschedule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s id (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date: YYYY-MM-DD, today, tomorrow or +N days (add, reschedule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat every N days after each completion (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List done and cancelled follow-ups too (list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for N days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups: add, list, done, snooze, reschedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: add, list, done, snooze or reschedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action %1; use add, list, done, snooze or reschedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followup %1 needs exactly one follow-up id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followup %1 takes no other arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part (contact id; repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting, call, video, message, email or event (default: meeting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (YYYY-MM-DD or YYYY-MM-DDTHH:MM; default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you talked about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>me or them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not a real two-way conversation (e.g. no reply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step you agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the next step is due (creates a follow-up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a conversation with one or more contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who took part with --contact ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use meeting, call, video, message, email or event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duration needs a number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--initiated-by takes me or them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--next-due needs --next-step to say what is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged %1 #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISO week, e.g. 2026-W48 (default: this week).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the printable list as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the printable list as HTML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the week&apos;s follow-ups as iCalendar to-dos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by day (default) or priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size: a4 or letter (default: from the locale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week&apos;s list of people to get in touch with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly takes no arguments; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by takes day or priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ISO week; write it like 2026-W48.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page takes a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the best N (e.g. 10 calls before 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to get in touch with today, best first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today takes no arguments; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::db</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rapport database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rapport database (it has no Rapport schema).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rapport (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rapport database (no contacts table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection does not support backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be verified: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the backup into place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection does not support restoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring from %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::db::Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rapport database (or it is damaged): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rapport (schema %2; this version knows up to %3). It was not changed; please update Rapport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only. Rapport needs to write to it; check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database needs an upgrade, but the backup before it failed, so nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2 points to a missing row in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index does not match the contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::demo</name>
    <message>
        <source>Removing sample data failed, nothing was removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing sample data failed: the database refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::demo::Generator</name>
    <message>
        <source>The number of sample contacts must be between 0 and 2,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start writing sample data: the database is busy or read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating sample data failed, nothing was added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating sample data failed: the database refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked together at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met at a meetup in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduced by a friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former classmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always generous with introductions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent a note; no reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led to a paid project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed their pitch deck</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::followups</name>
    <message>
        <source>Past the longest gap you want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders you set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to get in touch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::followups::FollowUpPlanner</name>
    <message>
        <source>Keep in touch (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the keep-in-touch reminders: the database refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a valid ISO week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up %1 is not open any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until a day after today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::followups::words</name>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation on record in the %1 since you connected; you aim for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation in %1; you aim for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You agreed on a next step for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You agreed to %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; that was %2 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You set a reminder for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reminder for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with what you promised on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with what you promised: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick up where you left off on %1: “%2”. Ask how it has gone since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it has been %1 since you last spoke and ask what is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it has been %1 since you last spoke and ask what is new at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind them how you met (%1) and ask what they are working on now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduce yourself in a sentence and ask what they are working on now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::reports</name>
    <message>
        <source>Still open from before this week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::reports::WeeklyListPrinter</name>
    <message>
        <source>Printing needs the graphical part of Qt (a QGuiApplication) for fonts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to print to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start printing: the output could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport · weekly list · printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start page %1 of the printout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::reports::calendar</name>
    <message>
        <source>Follow up with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opener: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::reports::html</name>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person to get in touch with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the box when done. Printed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone or e-mail on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last conversation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation on record yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opener:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::scoring</name>
    <message>
        <source>Cannot read the data for scoring: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::scoring::ScoreWeights</name>
    <message>
        <source>Recent conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency fades by half every (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations in the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations a year that count fully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They reach out too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings and calls rather than messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known for a long time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years that count fully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introductions and help you received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introductions and help you gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits your target market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You know what they do and how you met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champion stage you set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty: invitation from a collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty: connected but never talked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty: messages never answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score for Champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score for Inner circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active if spoken within (days)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::scoring::ScoringService</name>
    <message>
        <source>Cannot update the scores: the database is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the scores: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the scores: the database refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 has no score yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the scores: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::scoring::SignalLoader</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::triage::DraftCoach</name>
    <message>
        <source>Fill in the placeholders: they show the note was sent in bulk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the pitch for later: a first note that asks for business reads as collecting names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop requests to follow, endorse or share, and talk of connection counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where you know them from: a project, a named event, or who introduced you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where you know %1 from: a project, a named event, or who introduced you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention something specific about their work (which talk, post, paper or project) and why it mattered to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace general praise or &quot;mutual connections&quot; with one concrete detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say less about yourself and more about why you are writing to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how you could help them, or ask one concrete question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn notes are limited to %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
