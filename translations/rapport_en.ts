<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddToCircle</name>
    <message numerus="yes">
        <source>Add %n contact(s) to %1</source>
        <translation>
            <numerusform>Add %n contact to %1</numerusform>
            <numerusform>Add %n contacts to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecideInvitations</name>
    <message numerus="yes">
        <source>Accept %n invitation(s)</source>
        <translation>
            <numerusform>Accept %n invitation</numerusform>
            <numerusform>Accept %n invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ignore %n invitation(s)</source>
        <translation>
            <numerusform>Ignore %n invitation</numerusform>
            <numerusform>Ignore %n invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flag %n verdict(s) as wrong</source>
        <translation>
            <numerusform>Flag %n verdict as wrong</numerusform>
            <numerusform>Flag %n verdicts as wrong</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message numerus="yes">
        <source>Sample network (%n contact(s))</source>
        <translation>
            <numerusform>Sample network (%n contact)</numerusform>
            <numerusform>Sample network (%n contacts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <source>Wrote %n contact(s) to %1 (%2).</source>
        <translation>
            <numerusform>Wrote %n contact to %1 (%2).</numerusform>
            <numerusform>Wrote %n contacts to %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n introduction(s)</source>
        <translation>
            <numerusform>%n introduction</numerusform>
            <numerusform>%n introductions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%n invitation</numerusform>
            <numerusform>%n invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n circle(s)</source>
        <translation>
            <numerusform>%n circle</numerusform>
            <numerusform>%n circles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n import</numerusform>
            <numerusform>%n imports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>%n file problem(s) found; nothing was imported. The files must be readable in full before anything is imported.</source>
        <translation>
            <numerusform>%n file problem found; nothing was imported. The files must be readable in full before anything is imported.</numerusform>
            <numerusform>%n file problems found; nothing was imported. The files must be readable in full before anything is imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported. Fix the file, or skip the bad rows to import the rest.</source>
        <translation>
            <numerusform>%n problem found; nothing was imported. Fix the file, or skip the bad rows to import the rest.</numerusform>
            <numerusform>%n problems found; nothing was imported. Fix the file, or skip the bad rows to import the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conversation(s)</source>
        <translation>
            <numerusform>%n new conversation</numerusform>
            <numerusform>%n new conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveToTrash</name>
    <message numerus="yes">
        <source>Restore %n contact(s)</source>
        <translation>
            <numerusform>Restore %n contact</numerusform>
            <numerusform>Restore %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Delete %n contact</numerusform>
            <numerusform>Delete %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>%n people to get in touch with.</source>
        <translation>
            <numerusform>%n person to get in touch with.</numerusform>
            <numerusform>%n people to get in touch with.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message numerus="yes">
        <source>made %n introduction(s) or referral(s) for you</source>
        <translation>
            <numerusform>made %n introduction or referral for you</numerusform>
            <numerusform>made %n introductions or referrals for you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n two-way conversation(s) over time</source>
        <translation>
            <numerusform>%n two-way conversation over time</numerusform>
            <numerusform>%n two-way conversations over time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n two-way conversation(s)</source>
        <translation>
            <numerusform>%n two-way conversation</numerusform>
            <numerusform>%n two-way conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are champions, but the innermost circle holds about 5: is each one really in it?</source>
        <translation>
            <numerusform>%n person is a champion, but the innermost circle holds about 5: is each one really in it?</numerusform>
            <numerusform>%n people are champions, but the innermost circle holds about 5: is each one really in it?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are champions or inner circle, but that layer holds about 15: some may be drifting.</source>
        <translation>
            <numerusform>%n person is a champion or inner circle, but that layer holds about 15: some may be drifting.</numerusform>
            <numerusform>%n people are champions or inner circle, but that layer holds about 15: some may be drifting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are active, more than the 150 or so relationships a person can keep up.</source>
        <translation>
            <numerusform>%n person is active, more than the 150 or so relationships a person can keep up.</numerusform>
            <numerusform>%n people are active, more than the 150 or so relationships a person can keep up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last spoke %n day(s) ago</source>
        <translation>
            <numerusform>last spoke %n day ago</numerusform>
            <numerusform>last spoke %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last spoke %n week(s) ago</source>
        <translation>
            <numerusform>last spoke %n week ago</numerusform>
            <numerusform>last spoke %n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last spoke %n month(s) ago</source>
        <translation>
            <numerusform>last spoke %n month ago</numerusform>
            <numerusform>last spoke %n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you have not spoken in %n month(s)</source>
        <translation>
            <numerusform>you have not spoken in %n month</numerusform>
            <numerusform>you have not spoken in %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n two-way conversation(s) this year</source>
        <translation>
            <numerusform>%n two-way conversation this year</numerusform>
            <numerusform>%n two-way conversations this year</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>they started %n conversation(s)</source>
        <translation>
            <numerusform>they started %n conversation</numerusform>
            <numerusform>they started %n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you started all %n conversation(s)</source>
        <translation>
            <numerusform>you started %n conversation, the only one</numerusform>
            <numerusform>you started all %n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>they wrote %n message(s) to you</source>
        <translation>
            <numerusform>they wrote %n message to you</numerusform>
            <numerusform>they wrote %n messages to you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>met in person %n time(s)</source>
        <translation>
            <numerusform>met in person %n time</numerusform>
            <numerusform>met in person %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) or video call(s)</source>
        <translation>
            <numerusform>%n call or video call</numerusform>
            <numerusform>%n calls or video calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n written exchange(s), no calls or meetings</source>
        <translation>
            <numerusform>%n written exchange, no calls or meetings</numerusform>
            <numerusform>%n written exchanges, no calls or meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>known for %n year(s)</source>
        <translation>
            <numerusform>known for %n year</numerusform>
            <numerusform>known for %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>known for %n month(s)</source>
        <translation>
            <numerusform>known for %n month</numerusform>
            <numerusform>known for %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>introduced you to %n person(s)</source>
        <translation>
            <numerusform>introduced you to %n person</numerusform>
            <numerusform>introduced you to %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent you %n referral(s)</source>
        <translation>
            <numerusform>sent you %n referral</numerusform>
            <numerusform>sent you %n referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>helped you %n time(s)</source>
        <translation>
            <numerusform>helped you %n time</numerusform>
            <numerusform>helped you %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you helped them %n time(s)</source>
        <translation>
            <numerusform>you helped them %n time</numerusform>
            <numerusform>you helped them %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fits your target market on %n point(s)</source>
        <translation>
            <numerusform>fits your target market on %n point</numerusform>
            <numerusform>fits your target market on %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>connected %n month(s) ago but never talked</source>
        <translation>
            <numerusform>connected %n month ago but never talked</numerusform>
            <numerusform>connected %n months ago but never talked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>never replied to your %n message(s)</source>
        <translation>
            <numerusform>never replied to your %n message</numerusform>
            <numerusform>never replied to your %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>left %n of your message(s) unanswered</source>
        <translation>
            <numerusform>left %n of your messages unanswered</numerusform>
            <numerusform>left %n of your messages unanswered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetArchived</name>
    <message numerus="yes">
        <source>Archive %n contact(s)</source>
        <translation>
            <numerusform>Archive %n contact</numerusform>
            <numerusform>Archive %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unarchive %n contact(s)</source>
        <translation>
            <numerusform>Unarchive %n contact</numerusform>
            <numerusform>Unarchive %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetCadence</name>
    <message numerus="yes">
        <source>Set cadence of %n contact(s)</source>
        <translation>
            <numerusform>Set cadence of %n contact</numerusform>
            <numerusform>Set cadence of %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message numerus="yes">
        <source>%n mutual connection(s)</source>
        <translation>
            <numerusform>%n mutual connection</numerusform>
            <numerusform>%n mutual connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier conversation(s) in Rapport</source>
        <translation>
            <numerusform>%n earlier conversation in Rapport</numerusform>
            <numerusform>%n earlier conversations in Rapport</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%1: %n problem(s) found:</source>
        <translation>
            <numerusform>%1: %n problem found:</numerusform>
            <numerusform>%1: %n problems found:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::AuditDialog</name>
    <message numerus="yes">
        <source>All %Ln reviewed</source>
        <translation>
            <numerusform>All %Ln reviewed</numerusform>
            <numerusform>All %Ln reviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You reached out %Ln time(s) and never got an answer.</source>
        <translation>
            <numerusform>You reached out %Ln time and never got an answer.</numerusform>
            <numerusform>You reached out %Ln times and never got an answer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ChampionsView</name>
    <message numerus="yes">
        <source>%n champion(s)</source>
        <translation>
            <numerusform>%n champion</numerusform>
            <numerusform>%n champions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promote %n contact(s)</source>
        <translation>
            <numerusform>Promote %n contact</numerusform>
            <numerusform>Promote %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) moved on in the pipeline.</source>
        <translation>
            <numerusform>%n contact moved on in the pipeline.</numerusform>
            <numerusform>%n contacts moved on in the pipeline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::CircleListModel</name>
    <message numerus="yes">
        <source>%1, %n member(s)</source>
        <translation>
            <numerusform>%1, %n member</numerusform>
            <numerusform>%1, %n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::CirclesView</name>
    <message numerus="yes">
        <source>%n circle(s)</source>
        <translation>
            <numerusform>%n circle</numerusform>
            <numerusform>%n circles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ContactsView</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to the circle (type a new name to create one):</source>
        <translation>
            <numerusform>Add %n contact to the circle (type a new name to create one):</numerusform>
            <numerusform>Add %n contacts to the circle (type a new name to create one):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n contact(s) to %1.</source>
        <translation>
            <numerusform>Added %n contact to %1.</numerusform>
            <numerusform>Added %n contacts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived %n contact(s).</source>
        <translation>
            <numerusform>Archived %n contact.</numerusform>
            <numerusform>Archived %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n contact(s) to the Trash.</source>
        <translation>
            <numerusform>Moved %n contact to the Trash.</numerusform>
            <numerusform>Moved %n contacts to the Trash.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::DashboardView</name>
    <message numerus="yes">
        <source>%Ln more beyond 150.</source>
        <translation>
            <numerusform>%Ln more beyond 150.</numerusform>
            <numerusform>%Ln more beyond 150.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s) in the past 52 weeks,</source>
        <translation>
            <numerusform>%Ln conversation in the past 52 weeks,</numerusform>
            <numerusform>%Ln conversations in the past 52 weeks,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them both ways.</source>
        <translation>
            <numerusform>%Ln of them both ways.</numerusform>
            <numerusform>%Ln of them both ways.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The busiest was the week of %1, with %Ln.</source>
        <translation>
            <numerusform>The busiest was the week of %1, with %Ln.</numerusform>
            <numerusform>The busiest was the week of %1, with %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln follow-up(s) due in the last 90 days, %1 done on time, %2 done late, %3 still overdue.</source>
        <translation>
            <numerusform>Of %Ln follow-up due in the last 90 days, %1 done on time, %2 done late, %3 still overdue.</numerusform>
            <numerusform>Of %Ln follow-ups due in the last 90 days, %1 done on time, %2 done late, %3 still overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %Ln conversation(s) you started in the past 52 weeks got a reply; %2 did not.</source>
        <translation>
            <numerusform>%1 of the %Ln conversation you started in the past 52 weeks got a reply; %2 did not.</numerusform>
            <numerusform>%1 of the %Ln conversations you started in the past 52 weeks got a reply; %2 did not.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ExportDialog</name>
    <message numerus="yes">
        <source>%1 (%n contact(s))</source>
        <translation>
            <numerusform>%1 (%n contact)</numerusform>
            <numerusform>%1 (%n contacts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected contacts (%n)</source>
        <translation>
            <numerusform>The &amp;selected contacts (%n)</numerusform>
            <numerusform>The &amp;selected contacts (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ImportHistoryDialog</name>
    <message numerus="yes">
        <source>%n field(s) you edited by hand differ from what an import brought. Nothing was overwritten; choose which value to keep.</source>
        <translation>
            <numerusform>%n field you edited by hand differ from what an import brought. Nothing was overwritten; choose which value to keep.</numerusform>
            <numerusform>%n fields you edited by hand differ from what an import brought. Nothing was overwritten; choose which value to keep.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ImportPreviewPage</name>
    <message numerus="yes">
        <source>Reading %n file(s) or folder(s)…</source>
        <translation>
            <numerusform>Reading %n file or folder…</numerusform>
            <numerusform>Reading %n files or folders…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read.</source>
        <translation>
            <numerusform>%n file read.</numerusform>
            <numerusform>%n files read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read, %1 to import.</source>
        <translation>
            <numerusform>%n row read, %1 to import.</numerusform>
            <numerusform>%n rows read, %1 to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read. Nothing will be imported until they are fixed or skipped.</source>
        <translation>
            <numerusform>%n row cannot be read. Nothing will be imported until they are fixed or skipped.</numerusform>
            <numerusform>%n rows cannot be read. Nothing will be imported until they are fixed or skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) will be skipped. The rest: %1</source>
        <translation>
            <numerusform>%n bad row will be skipped. The rest: %1</numerusform>
            <numerusform>%n bad rows will be skipped. The rest: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ImportSummaryPage</name>
    <message numerus="yes">
        <source>%n field(s) you had edited differ from the import. Choose which value to keep:</source>
        <translation>
            <numerusform>%n field you had edited differ from the import. Choose which value to keep:</numerusform>
            <numerusform>%n fields you had edited differ from the import. Choose which value to keep:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::InvitationsView</name>
    <message numerus="yes">
        <source>%n mutual connection(s)</source>
        <translation>
            <numerusform>%n mutual connection</numerusform>
            <numerusform>%n mutual connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) in their network</source>
        <translation>
            <numerusform>%n connection in their network</numerusform>
            <numerusform>%n connections in their network</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n invitation(s).</source>
        <translation>
            <numerusform>Accepted %n invitation.</numerusform>
            <numerusform>Accepted %n invitations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) added.</source>
        <translation>
            <numerusform>%n new contact added.</numerusform>
            <numerusform>%n new contacts added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked to existing contacts.</source>
        <translation>
            <numerusform>%n linked to an existing contact.</numerusform>
            <numerusform>%n linked to existing contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n invitation(s).</source>
        <translation>
            <numerusform>Ignored %n invitation.</numerusform>
            <numerusform>Ignored %n invitations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Noted: %n verdict(s) flagged as wrong, and Rapport has learned from it. Re-analyse (%1) to apply that to the other pending invitations.</source>
        <translation>
            <numerusform>Noted: %n verdict flagged as wrong, and Rapport has learned from it. Re-analyse (%1) to apply that to the other pending invitations.</numerusform>
            <numerusform>Noted: %n verdicts flagged as wrong, and Rapport has learned from it. Re-analyse (%1) to apply that to the other pending invitations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n replies asking how they came across you, one per sender.</source>
        <translation>
            <numerusform>Copied %n reply asking how they came across you.</numerusform>
            <numerusform>Copied %n replies asking how they came across you, one per sender.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Analysed %n pending invitation(s) again.</source>
        <translation>
            <numerusform>Analysed %n pending invitation again.</numerusform>
            <numerusform>Analysed %n pending invitations again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Analysed %n new invitation(s).</source>
        <translation>
            <numerusform>Analysed %n new invitation.</numerusform>
            <numerusform>Analysed %n new invitations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending invitation(s)</source>
        <translation>
            <numerusform>%n pending invitation</numerusform>
            <numerusform>%n pending invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%n invitation</numerusform>
            <numerusform>%n invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from name collectors</source>
        <translation>
            <numerusform>%n from a name collector</numerusform>
            <numerusform>%n from name collectors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::MainWindow</name>
    <message numerus="yes">
        <source>Added a sample network of %n people. File › Remove Sample Data takes it away.</source>
        <translation>
            <numerusform>Added a sample network of %n person. File › Remove Sample Data takes it away.</numerusform>
            <numerusform>Added a sample network of %n people. File › Remove Sample Data takes it away.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::PlanItemModel</name>
    <message numerus="yes">
        <source>%1 (%n day(s) overdue)</source>
        <translation>
            <numerusform>%1 (%n day overdue)</numerusform>
            <numerusform>%1 (%n days overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::PlanView</name>
    <message numerus="yes">
        <source>%n to get in touch with</source>
        <translation>
            <numerusform>%n to get in touch with</numerusform>
            <numerusform>%n to get in touch with</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n due today</numerusform>
            <numerusform>%n due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) this week</source>
        <translation>
            <numerusform>%n follow-up this week</numerusform>
            <numerusform>%n follow-ups this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n follow-up(s) done</source>
        <translation>
            <numerusform>Mark %n follow-up done</numerusform>
            <numerusform>Mark %n follow-ups done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) done.</source>
        <translation>
            <numerusform>%n follow-up done.</numerusform>
            <numerusform>%n follow-ups done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n follow-up(s)</source>
        <translation>
            <numerusform>Snooze %n follow-up</numerusform>
            <numerusform>Snooze %n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reschedule %n follow-up(s)</source>
        <translation>
            <numerusform>Reschedule %n follow-up</numerusform>
            <numerusform>Reschedule %n follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::SetCadenceDialog</name>
    <message numerus="yes">
        <source>How often to talk to %n contact(s). 0 uses the tier&apos;s default.</source>
        <translation>
            <numerusform>How often to talk to %n contact. 0 uses the tier&apos;s default.</numerusform>
            <numerusform>How often to talk to %n contacts. 0 uses the tier&apos;s default.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::SyncController</name>
    <message numerus="yes">
        <source>Synced: %L1 pulled, %L2 pushed, %L3 deleted, %n conflict(s)</source>
        <translation>
            <numerusform>Synced: %L1 pulled, %L2 pushed, %L3 deleted, %n conflict</numerusform>
            <numerusform>Synced: %L1 pulled, %L2 pushed, %L3 deleted, %n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n refused by the server</source>
        <translation>
            <numerusform>, %n refused by the server</numerusform>
            <numerusform>, %n refused by the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflict(s): both versions were kept, File › Sync… shows them.</source>
        <translation>
            <numerusform>%n sync conflict: both versions were kept, File › Sync… shows it.</numerusform>
            <numerusform>%n sync conflicts: both versions were kept, File › Sync… shows them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::TimelineModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::TrashView</name>
    <message numerus="yes">
        <source>%n deleted contact(s)</source>
        <translation>
            <numerusform>%n deleted contact</numerusform>
            <numerusform>%n deleted contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n contact(s).</source>
        <translation>
            <numerusform>Restored %n contact.</numerusform>
            <numerusform>Restored %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n contact for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n contacts for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n contact(s) in the Trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n contact in the Trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete all %n contacts in the Trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::WriteNoteDialog</name>
    <message numerus="yes">
        <source>%1 / %2 — %n character(s) over LinkedIn&apos;s limit</source>
        <translation>
            <numerusform>%1 / %2 — %n character over LinkedIn&apos;s limit</numerusform>
            <numerusform>%1 / %2 — %n characters over LinkedIn&apos;s limit</numerusform>
        </translation>
    </message>
</context>
</TS>
