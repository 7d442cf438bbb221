<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk">
<context>
    <name>AddContact</name>
    <message>
        <source>Add %1</source>
        <translation>Pridať %1</translation>
    </message>
</context>
<context>
    <name>AddToCircle</name>
    <message>
        <source>The database refused the change.</source>
        <translation>Databáza zmenu odmietla.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to %1</source>
        <translation>
            <numerusform>Pridať %n kontakt do %1</numerusform>
            <numerusform>Pridať %n kontakty do %1</numerusform>
            <numerusform>Pridať %n kontaktov do %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Keep %1</source>
        <translation>Ponechať %1</translation>
    </message>
    <message>
        <source>Note how you know %1</source>
        <translation>Zaznamenať, odkiaľ poznáte %1</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>Archivovať %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Odstrániť %1</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Súbor %1 neexistuje.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 sa nedá otvoriť: %2</translation>
    </message>
    <message>
        <source>%1 is not a Rapport database.</source>
        <translation>%1 nie je databáza Rapportu.</translation>
    </message>
    <message>
        <source>%1 is not a Rapport database (it has no Rapport schema).</source>
        <translation>%1 nie je databáza Rapportu (nemá schému Rapportu).</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rapport (schema %2).</source>
        <translation>%1 zapísala novšia verzia Rapportu (schéma %2).</translation>
    </message>
    <message>
        <source>%1 is not a Rapport database (no contacts table).</source>
        <translation>%1 nie je databáza Rapportu (chýba tabuľka kontaktov).</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged.</source>
        <translation>%1 je skrátená alebo poškodená.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 je poškodená: %2</translation>
    </message>
    <message>
        <source>The database connection does not support backups.</source>
        <translation>Pripojenie k databáze nepodporuje zálohy.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Zálohu %1 sa nepodarilo zapísať: %2</translation>
    </message>
    <message>
        <source>The backup %1 could not be verified: %2</source>
        <translation>Zálohu %1 sa nepodarilo overiť: %2</translation>
    </message>
    <message>
        <source>Cannot move the backup into place at %1.</source>
        <translation>Zálohu sa nepodarilo presunúť na miesto %1.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nič sa neobnovilo: %1</translation>
    </message>
    <message>
        <source>The database connection does not support restoring.</source>
        <translation>Pripojenie k databáze nepodporuje obnovenie.</translation>
    </message>
    <message>
        <source>Restoring from %1 failed: %2</source>
        <translation>Obnovenie zo súboru %1 zlyhalo: %2</translation>
    </message>
</context>
<context>
    <name>ChampionStage</name>
    <message>
        <source>Connection</source>
        <translation>Prepojenie</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Rozhovor</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Vzťah</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Zástanca</translation>
    </message>
</context>
<context>
    <name>ChangeContactField</name>
    <message>
        <source>Edit %1</source>
        <translation>Upraviť %1</translation>
    </message>
</context>
<context>
    <name>ChangeFollowUpDate</name>
    <message>
        <source>Snooze until %1</source>
        <translation>Odložiť do %1</translation>
    </message>
    <message>
        <source>Reschedule to %1</source>
        <translation>Presunúť na %1</translation>
    </message>
</context>
<context>
    <name>CircleStore</name>
    <message>
        <source>A circle needs a name.</source>
        <translation>Kruh potrebuje názov.</translation>
    </message>
    <message>
        <source>Cannot create the circle %1: %2</source>
        <translation>Kruh %1 sa nepodarilo vytvoriť: %2</translation>
    </message>
    <message>
        <source>There is no circle named %1.</source>
        <translation>Kruh s názvom %1 neexistuje.</translation>
    </message>
    <message>
        <source>There is already a circle named %1.</source>
        <translation>Kruh s názvom %1 už existuje.</translation>
    </message>
    <message>
        <source>Cannot add to the circle: %1</source>
        <translation>Do kruhu sa nedá pridať: %1</translation>
    </message>
    <message>
        <source>Cannot add to the circle: the database refused the change.</source>
        <translation>Do kruhu sa nedá pridať: databáza zmenu odmietla.</translation>
    </message>
    <message>
        <source>Cannot change the circle: the database refused the change.</source>
        <translation>Kruh sa nedá zmeniť: databáza zmenu odmietla.</translation>
    </message>
</context>
<context>
    <name>ContactStore</name>
    <message>
        <source>A contact needs a name.</source>
        <translation>Kontakt potrebuje meno.</translation>
    </message>
    <message>
        <source>Another contact already has the LinkedIn profile %1.</source>
        <translation>Profil LinkedIn %1 už má iný kontakt.</translation>
    </message>
    <message>
        <source>Cannot save the contact: %1</source>
        <translation>Kontakt sa nepodarilo uložiť: %1</translation>
    </message>
    <message>
        <source>Cannot save the contact: the database refused the change.</source>
        <translation>Kontakt sa nepodarilo uložiť: databáza zmenu odmietla.</translation>
    </message>
    <message>
        <source>Cannot read contact %1: %2</source>
        <translation>Kontakt %1 sa nepodarilo načítať: %2</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Kontakt s ID %1 neexistuje.</translation>
    </message>
    <message>
        <source>There is no contact with uid %1.</source>
        <translation>Kontakt s UID %1 neexistuje.</translation>
    </message>
    <message>
        <source>Unknown contact field %1.</source>
        <translation>Neznáme pole kontaktu %1.</translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation>%1 sa nedá zmeniť: %2</translation>
    </message>
    <message>
        <source>Cannot change %1: the database refused the change.</source>
        <translation>%1 sa nedá zmeniť: databáza zmenu odmietla.</translation>
    </message>
    <message>
        <source>Cannot delete: the database refused the change.</source>
        <translation>Nedá sa odstrániť: databáza zmenu odmietla.</translation>
    </message>
    <message>
        <source>The maximum interval cannot be shorter than the ideal one.</source>
        <translation>Najdlhší odstup nemôže byť kratší ako ideálny.</translation>
    </message>
</context>
<context>
    <name>ConversationKind</name>
    <message>
        <source>Meeting</source>
        <translation>Stretnutie</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Hovor</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videohovor</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Správa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Podujatie</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>A conversation needs at least one contact.</source>
        <translation>Rozhovor potrebuje aspoň jeden kontakt.</translation>
    </message>
    <message>
        <source>A conversation needs a valid date.</source>
        <translation>Rozhovor potrebuje platný dátum.</translation>
    </message>
    <message>
        <source>Cannot save the conversation: %1</source>
        <translation>Rozhovor sa nepodarilo uložiť: %1</translation>
    </message>
    <message>
        <source>Cannot link the conversation to contact %1: %2</source>
        <translation>Rozhovor sa nepodarilo prepojiť s kontaktom %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the follow-up: %1</source>
        <translation>Pripomienku sa nepodarilo vytvoriť: %1</translation>
    </message>
    <message>
        <source>Cannot save the conversation: the database refused the change.</source>
        <translation>Rozhovor sa nepodarilo uložiť: databáza zmenu odmietla.</translation>
    </message>
    <message>
        <source>There is no conversation with id %1.</source>
        <translation>Rozhovor s ID %1 neexistuje.</translation>
    </message>
    <message>
        <source>Cannot move the conversations: the database refused the change.</source>
        <translation>Rozhovory sa nedajú presunúť: databáza zmenu odmietla.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database driver is not SQLite.</source>
        <translation>Ovládač databázy nie je SQLite.</translation>
    </message>
</context>
<context>
    <name>DecideInvitations</name>
    <message numerus="yes">
        <source>Accept %n invitation(s)</source>
        <translation>
            <numerusform>Prijať %n pozvánku</numerusform>
            <numerusform>Prijať %n pozvánky</numerusform>
            <numerusform>Prijať %n pozvánok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ignore %n invitation(s)</source>
        <translation>
            <numerusform>Ignorovať %n pozvánku</numerusform>
            <numerusform>Ignorovať %n pozvánky</numerusform>
            <numerusform>Ignorovať %n pozvánok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flag %n verdict(s) as wrong</source>
        <translation>
            <numerusform>Označiť %n verdikt ako nesprávny</numerusform>
            <numerusform>Označiť %n verdikty ako nesprávne</numerusform>
            <numerusform>Označiť %n verdiktov ako nesprávne</numerusform>
        </translation>
    </message>
    <message>
        <source>The database refused the change.</source>
        <translation>Databáza zmenu odmietla.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message numerus="yes">
        <source>Sample network (%n contact(s))</source>
        <translation>
            <numerusform>Ukážková sieť (%n kontakt)</numerusform>
            <numerusform>Ukážková sieť (%n kontakty)</numerusform>
            <numerusform>Ukážková sieť (%n kontaktov)</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of sample contacts must be between 0 and 2,000,000.</source>
        <translation>Počet ukážkových kontaktov musí byť od 0 do 2 000 000.</translation>
    </message>
    <message>
        <source>Cannot start writing sample data: the database is busy or read-only.</source>
        <translation>Ukážkové údaje sa nedajú zapísať: databáza je zaneprázdnená alebo len na čítanie.</translation>
    </message>
    <message>
        <source>Creating sample data failed, nothing was added: %1</source>
        <translation>Vytvorenie ukážkových údajov zlyhalo, nič sa nepridalo: %1</translation>
    </message>
    <message>
        <source>Creating sample data failed: the database refused the change.</source>
        <translation>Vytvorenie ukážkových údajov zlyhalo: databáza zmenu odmietla.</translation>
    </message>
    <message>
        <source>Worked together at %1</source>
        <translation>Pracovali sme spolu v %1</translation>
    </message>
    <message>
        <source>Met at a meetup in %1</source>
        <translation>Spoznali sme sa na meetupe v meste %1</translation>
    </message>
    <message>
        <source>Introduced by a friend</source>
        <translation>Predstavil nás priateľ</translation>
    </message>
    <message>
        <source>Former classmate</source>
        <translation>Bývalý spolužiak</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Pracovali</translation>
    </message>
    <message>
        <source>Always generous with introductions.</source>
        <translation>Vždy ochotne sprostredkuje kontakty.</translation>
    </message>
    <message>
        <source>Sent a note; no reply.</source>
        <translation>Poslal som správu; bez odpovede.</translation>
    </message>
    <message>
        <source>Led to a paid project</source>
        <translation>Viedlo k platenému projektu</translation>
    </message>
    <message>
        <source>Good conversation</source>
        <translation>Dobrý rozhovor</translation>
    </message>
    <message>
        <source>Reviewed their pitch deck</source>
        <translation>Prezrel si ich prezentáciu pre investorov</translation>
    </message>
    <message>
        <source>Removing sample data failed, nothing was removed: %1</source>
        <translation>Odstránenie ukážkových údajov zlyhalo, nič sa neodstránilo: %1</translation>
    </message>
    <message>
        <source>Removing sample data failed: the database refused the change.</source>
        <translation>Odstránenie ukážkových údajov zlyhalo: databáza zmenu odmietla.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>There is no circle named &quot;%1&quot;.</source>
        <translation>Kruh s názvom „%1“ neexistuje.</translation>
    </message>
    <message>
        <source>Cannot read the contacts: %1</source>
        <translation>Kontakty sa nepodarilo načítať: %1</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Kontakt s ID %1 neexistuje.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Krstné meno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Priezvisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Pozícia</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titulok</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Odvetvie</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Miesto</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-mailové adresy</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefónne čísla</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>Webové adresy</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kruhy</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Štítky</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Ako sme sa spoznali</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Narodeniny</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Prepojení od</translation>
    </message>
    <message>
        <source>Champion stage</source>
        <translation>Fáza vzťahu</translation>
    </message>
    <message>
        <source>Ideal days between contacts</source>
        <translation>Ideálny počet dní medzi kontaktmi</translation>
    </message>
    <message>
        <source>Most days between contacts</source>
        <translation>Najviac dní medzi kontaktmi</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivovaný</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>áno</translation>
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
        <translation>Tabuľka CSV</translation>
    </message>
    <message>
        <source>Rapport JSON (everything)</source>
        <translation>JSON Rapportu (všetko)</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Export bol zrušený.</translation>
    </message>
    <message>
        <source>Writing the file failed (is the disk full?).</source>
        <translation>Zápis súboru zlyhal (nie je disk plný?).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n contact(s) to %1 (%2).</source>
        <translation>
            <numerusform>Do %1 bol zapísaný %n kontakt (%2).</numerusform>
            <numerusform>Do %1 boli zapísané %n kontakty (%2).</numerusform>
            <numerusform>Do %1 bolo zapísaných %n kontaktov (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakty</numerusform>
            <numerusform>%n kontaktov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n rozhovor</numerusform>
            <numerusform>%n rozhovory</numerusform>
            <numerusform>%n rozhovorov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n správa</numerusform>
            <numerusform>%n správy</numerusform>
            <numerusform>%n správ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n pripomienka</numerusform>
            <numerusform>%n pripomienky</numerusform>
            <numerusform>%n pripomienok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n introduction(s)</source>
        <translation>
            <numerusform>%n sprostredkovanie</numerusform>
            <numerusform>%n sprostredkovania</numerusform>
            <numerusform>%n sprostredkovaní</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%n pozvánka</numerusform>
            <numerusform>%n pozvánky</numerusform>
            <numerusform>%n pozvánok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n circle(s)</source>
        <translation>
            <numerusform>%n kruh</numerusform>
            <numerusform>%n kruhy</numerusform>
            <numerusform>%n kruhov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n import</numerusform>
            <numerusform>%n importy</numerusform>
            <numerusform>%n importov</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>%1 zapísané do %2.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Vyberte súbor, do ktorého sa má exportovať.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>%1 sa nedá zapísať: je to priečinok.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 sa nedá zapísať: %2</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>Databázu sa nepodarilo načítať: %1</translation>
    </message>
    <message>
        <source>Cannot read the import history: %1</source>
        <translation>Históriu importov sa nepodarilo načítať: %1</translation>
    </message>
    <message>
        <source>Cannot read the messages: %1</source>
        <translation>Správy sa nepodarilo načítať: %1</translation>
    </message>
    <message>
        <source>Cannot read the introductions: %1</source>
        <translation>Sprostredkovania sa nepodarilo načítať: %1</translation>
    </message>
    <message>
        <source>Cannot read the invitations: %1</source>
        <translation>Pozvánky sa nepodarilo načítať: %1</translation>
    </message>
</context>
<context>
    <name>FieldConflicts</name>
    <message>
        <source>First name</source>
        <translation>Krstné meno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Priezvisko</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Zobrazované meno</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Pozícia</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titulok</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Miesto</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Narodeniny</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Prepojení od</translation>
    </message>
    <message>
        <source>Cannot read the import conflicts: %1</source>
        <translation>Konflikty importu sa nepodarilo načítať: %1</translation>
    </message>
    <message>
        <source>Cannot start writing to the database.</source>
        <translation>Zápis do databázy sa nedá začať.</translation>
    </message>
    <message>
        <source>There is no import conflict #%1.</source>
        <translation>Konflikt importu č. %1 neexistuje.</translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>Tento konflikt už bol vyriešený.</translation>
    </message>
    <message>
        <source>The import conflict is about an unknown field: %1</source>
        <translation>Konflikt importu sa týka neznámeho poľa: %1</translation>
    </message>
    <message>
        <source>The contact of this conflict no longer exists.</source>
        <translation>Kontakt tohto konfliktu už neexistuje.</translation>
    </message>
    <message>
        <source>Cannot use the imported value: %1</source>
        <translation>Importovanú hodnotu sa nepodarilo použiť: %1</translation>
    </message>
    <message>
        <source>Cannot save the answer: the database refused the change.</source>
        <translation>Odpoveď sa nepodarilo uložiť: databáza zmenu odmietla.</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Odvetvie</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Ako ste sa spoznali</translation>
    </message>
</context>
<context>
    <name>FollowUpStore</name>
    <message>
        <source>A follow-up needs a contact.</source>
        <translation>Pripomienka potrebuje kontakt.</translation>
    </message>
    <message>
        <source>A follow-up needs a valid due date.</source>
        <translation>Pripomienka potrebuje platný termín.</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Kontakt s ID %1 neexistuje.</translation>
    </message>
    <message>
        <source>Cannot save the follow-up: %1</source>
        <translation>Pripomienku sa nepodarilo uložiť: %1</translation>
    </message>
    <message>
        <source>There is no follow-up with id %1.</source>
        <translation>Pripomienka s ID %1 neexistuje.</translation>
    </message>
    <message>
        <source>Cannot save: the database refused the change.</source>
        <translation>Nedá sa uložiť: databáza zmenu odmietla.</translation>
    </message>
    <message>
        <source>Snoozing needs a valid date.</source>
        <translation>Na odloženie je potrebný platný dátum.</translation>
    </message>
    <message>
        <source>Rescheduling needs a valid date.</source>
        <translation>Na presunutie je potrebný platný dátum.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Champion</source>
        <translation>Zástanca</translation>
    </message>
    <message>
        <source>Inner circle</source>
        <translation>Vnútorný kruh</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktívny</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Nečinný</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Nazbieraný</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Zatiaľ bez skóre</translation>
    </message>
    <message>
        <source>An interval cannot be negative.</source>
        <translation>Odstup nemôže byť záporný.</translation>
    </message>
    <message>
        <source>The maximum interval cannot be shorter than the ideal one.</source>
        <translation>Najdlhší odstup nemôže byť kratší ako ideálny.</translation>
    </message>
    <message>
        <source>An interval cannot be longer than ten years.</source>
        <translation>Odstup nemôže byť dlhší ako desať rokov.</translation>
    </message>
    <message>
        <source>There is no tier called %1.</source>
        <translation>Úroveň s názvom %1 neexistuje.</translation>
    </message>
    <message>
        <source>Week %1, %2–%3 %4 %5</source>
        <translation>Týždeň %1, %2. – %3. %4 %5</translation>
    </message>
    <message>
        <source>Week %1, %2 %3 – %4 %5 %6</source>
        <translation>Týždeň %1, %2. %3 – %4. %5 %6</translation>
    </message>
    <message>
        <source>Week %1, %2 %3 %4 – %5 %6 %7</source>
        <translation>Týždeň %1, %2. %3 %4 – %5. %6 %7</translation>
    </message>
    <message>
        <source>%1 is not a %2 id (a positive number).</source>
        <translation>%1 nie je platné ID (%2) – musí to byť kladné číslo.</translation>
    </message>
    <message>
        <source>%1 is not a date; use YYYY-MM-DD, today, tomorrow or +N (days).</source>
        <translation>%1 nie je dátum; použite RRRR-MM-DD, today, tomorrow alebo +N (dní).</translation>
    </message>
    <message>
        <source>followup add needs --contact ID and --due DATE.</source>
        <translation>followup add potrebuje --contact ID a --due DÁTUM.</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <source>--repeat takes a number of days greater than zero.</source>
        <translation>--repeat vyžaduje počet dní väčší ako nula.</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Kontakt s ID %1 neexistuje.</translation>
    </message>
    <message>
        <source>Added follow-up %1 for %2, due %3.</source>
        <translation>Pripomienka %1 pre %2 bola pridaná, termín %3.</translation>
    </message>
    <message>
        <source>No follow-ups yet.</source>
        <translation>Zatiaľ žiadne pripomienky.</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>Žiadne otvorené pripomienky.</translation>
    </message>
    <message>
        <source>(snoozed)</source>
        <translation>(odložená)</translation>
    </message>
    <message>
        <source>(repeats every %1 days)</source>
        <translation>(opakuje sa raz za %1 dní)</translation>
    </message>
    <message>
        <source>Follow-up %1 is done.</source>
        <translation>Pripomienka %1 je vybavená.</translation>
    </message>
    <message>
        <source>The next one (%1) is due %2.</source>
        <translation>Ďalšia (%1) má termín %2.</translation>
    </message>
    <message>
        <source>followup snooze needs either --days N or --until DATE.</source>
        <translation>followup snooze potrebuje buď --days N, alebo --until DÁTUM.</translation>
    </message>
    <message>
        <source>--days takes a number of days greater than zero.</source>
        <translation>--days vyžaduje počet dní väčší ako nula.</translation>
    </message>
    <message>
        <source>Follow-up %1 is snoozed until %2.</source>
        <translation>Pripomienka %1 je odložená do %2.</translation>
    </message>
    <message>
        <source>followup reschedule needs --due DATE.</source>
        <translation>followup reschedule potrebuje --due DÁTUM.</translation>
    </message>
    <message>
        <source>Follow-up %1 is now due %2.</source>
        <translation>Pripomienka %1 má teraz termín %2.</translation>
    </message>
    <message>
        <source>add, list, done, snooze or reschedule</source>
        <translation>add, list, done, snooze alebo reschedule</translation>
    </message>
    <message>
        <source>the follow-up (done, snooze, reschedule)</source>
        <translation>pripomienka (done, snooze, reschedule)</translation>
    </message>
    <message>
        <source>The contact&apos;s id (add).</source>
        <translation>ID kontaktu (add).</translation>
    </message>
    <message>
        <source>Due date: YYYY-MM-DD, today, tomorrow or +N days (add, reschedule).</source>
        <translation>Termín: RRRR-MM-DD, today, tomorrow alebo +N dní (add, reschedule).</translation>
    </message>
    <message>
        <source>What to do (add).</source>
        <translation>Čo treba urobiť (add).</translation>
    </message>
    <message>
        <source>Repeat every N days after each completion (add).</source>
        <translation>Po každom vybavení opakovať raz za N dní (add).</translation>
    </message>
    <message>
        <source>List done and cancelled follow-ups too (list).</source>
        <translation>Vypísať aj vybavené a zrušené pripomienky (list).</translation>
    </message>
    <message>
        <source>Snooze for N days.</source>
        <translation>Odložiť o N dní.</translation>
    </message>
    <message>
        <source>Snooze until a date.</source>
        <translation>Odložiť do dátumu.</translation>
    </message>
    <message>
        <source>Follow-ups: add, list, done, snooze, reschedule.</source>
        <translation>Pripomienky: add, list, done, snooze, reschedule.</translation>
    </message>
    <message>
        <source>Say what to do: add, list, done, snooze or reschedule.</source>
        <translation>Zadajte, čo sa má urobiť: add, list, done, snooze alebo reschedule.</translation>
    </message>
    <message>
        <source>Unknown action %1; use add, list, done, snooze or reschedule.</source>
        <translation>Neznáma akcia %1; použite add, list, done, snooze alebo reschedule.</translation>
    </message>
    <message>
        <source>followup %1 needs exactly one follow-up id.</source>
        <translation>followup %1 potrebuje práve jedno ID pripomienky.</translation>
    </message>
    <message>
        <source>followup %1 takes no other arguments.</source>
        <translation>followup %1 neprijíma ďalšie argumenty.</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>pripomienka</translation>
    </message>
    <message>
        <source>Past the longest gap you want</source>
        <translation>Dlhšie, ako je najdlhší želaný odstup</translation>
    </message>
    <message>
        <source>Agreed next steps</source>
        <translation>Dohodnuté ďalšie kroky</translation>
    </message>
    <message>
        <source>Reminders you set</source>
        <translation>Vaše pripomienky</translation>
    </message>
    <message>
        <source>Time to get in touch</source>
        <translation>Čas ozvať sa</translation>
    </message>
    <message>
        <source>Keep in touch (%1)</source>
        <translation>Zostať v kontakte (%1)</translation>
    </message>
    <message>
        <source>Cannot save the keep-in-touch reminders: the database refused the change.</source>
        <translation>Pripomienky na udržanie kontaktu sa nepodarilo uložiť: databáza zmenu odmietla.</translation>
    </message>
    <message>
        <source>That is not a valid ISO week.</source>
        <translation>To nie je platný týždeň podľa ISO.</translation>
    </message>
    <message>
        <source>Follow-up %1 is not open any more.</source>
        <translation>Pripomienka %1 už nie je otvorená.</translation>
    </message>
    <message>
        <source>Snooze for at least one day.</source>
        <translation>Odložte aspoň o jeden deň.</translation>
    </message>
    <message>
        <source>Snooze until a day after today.</source>
        <translation>Odložte na niektorý deň po dnešku.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 deň</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n deň</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dní</numerusform>
        </translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 týždeň</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n týždeň</numerusform>
            <numerusform>%n týždne</numerusform>
            <numerusform>%n týždňov</numerusform>
        </translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 rok</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n rok</numerusform>
            <numerusform>%n roky</numerusform>
            <numerusform>%n rokov</numerusform>
        </translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mesiac</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mesiac</numerusform>
            <numerusform>%n mesiace</numerusform>
            <numerusform>%n mesiacov</numerusform>
        </translation>
    </message>
    <message>
        <source>every day</source>
        <translation>každý deň</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>každý týždeň</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>každý mesiac</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>každý rok</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>raz za %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>dnes</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>zajtra</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>včera</translation>
    </message>
    <message>
        <source>No conversation on record in the %1 since you connected; you aim for %2</source>
        <translation>Od prepojenia (%1) nie je zaznamenaný žiadny rozhovor; chcete sa ozvať %2</translation>
    </message>
    <message>
        <source>No conversation in %1; you aim for %2</source>
        <translation>Žiadny rozhovor za %1; chcete sa ozvať %2</translation>
    </message>
    <message>
        <source>%1, %2 at most</source>
        <translation>%1, najviac %2</translation>
    </message>
    <message>
        <source>You agreed on a next step for %1</source>
        <translation>Na %1 ste si dohodli ďalší krok</translation>
    </message>
    <message>
        <source>You agreed to %1 by %2</source>
        <translation>Dohodli ste sa: %1 (termín: %2)</translation>
    </message>
    <message>
        <source>%1; that was %2 ago</source>
        <translation>%1; je to už %2</translation>
    </message>
    <message>
        <source>You set a reminder for %1</source>
        <translation>Nastavili ste si pripomienku na %1</translation>
    </message>
    <message>
        <source>Your reminder for %1: %2</source>
        <translation>Vaša pripomienka na %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (je to už %2)</translation>
    </message>
    <message>
        <source>Open with what you promised on %1: %2.</source>
        <translation>Začnite tým, čo ste sľúbili (%1): %2.</translation>
    </message>
    <message>
        <source>Open with what you promised: %1.</source>
        <translation>Začnite tým, čo ste sľúbili: %1.</translation>
    </message>
    <message>
        <source>Open with: %1.</source>
        <translation>Začnite takto: %1.</translation>
    </message>
    <message>
        <source>Pick up where you left off on %1: “%2”. Ask how it has gone since.</source>
        <translation>Nadviažte na posledný rozhovor (%1): „%2“. Opýtajte sa, ako to odvtedy ide.</translation>
    </message>
    <message>
        <source>Say it has been %1 since you last spoke and ask what is new.</source>
        <translation>Povedzte, že ste spolu nehovorili %1, a opýtajte sa, čo je nové.</translation>
    </message>
    <message>
        <source>Say it has been %1 since you last spoke and ask what is new at %2.</source>
        <translation>Povedzte, že ste spolu nehovorili %1, a opýtajte sa, čo je nové v %2.</translation>
    </message>
    <message>
        <source>Remind them how you met (%1) and ask what they are working on now.</source>
        <translation>Pripomeňte, ako ste sa spoznali (%1), a opýtajte sa, na čom teraz pracuje.</translation>
    </message>
    <message>
        <source>Introduce yourself in a sentence and ask what they are working on now.</source>
        <translation>Predstavte sa jednou vetou a opýtajte sa, na čom teraz pracuje.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>QLocale date pattern for &quot;25 November 2026&quot;: d day, MMMM month name, yyyy year.</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>QLocale date pattern for &quot;Tuesday 17 November&quot;: dddd weekday, d day, MMMM month name.</extracomment>
        <translation>dddd d. MMMM</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <extracomment>QLocale date pattern for &quot;Tuesday 5 January 2027&quot;: dddd weekday, d day, MMMM month name, yyyy year.</extracomment>
        <translation>dddd d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>This is a binary file, not a CSV text export.</source>
        <translation>Toto je binárny súbor, nie textový export CSV.</translation>
    </message>
    <message>
        <source>The record is longer than %1 MB; it was not read.</source>
        <translation>Záznam je dlhší ako %1 MB; nenačítal sa.</translation>
    </message>
    <message>
        <source>A quoted field is never closed: the closing quote is missing before the end of the file.</source>
        <translation>Pole v úvodzovkách sa nikdy neuzavrie: pred koncom súboru chýbajú koncové úvodzovky.</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Súbor sa nedá otvoriť: %1</translation>
    </message>
    <message>
        <source>The vCard file is larger than %1 MB.</source>
        <translation>Súbor vCard je väčší ako %1 MB.</translation>
    </message>
    <message>
        <source>Unknown file: the header does not match a LinkedIn, Google, Outlook or vCard export.</source>
        <translation>Neznámy súbor: hlavička nezodpovedá exportu z LinkedIn, Google, Outlooku ani vCard.</translation>
    </message>
    <message>
        <source>Unknown table in the import log: %1</source>
        <translation>Neznáma tabuľka v zázname importov: %1</translation>
    </message>
    <message>
        <source>There is no import #%1.</source>
        <translation>Import č. %1 neexistuje.</translation>
    </message>
    <message>
        <source>Import #%1 is %2 and cannot be undone.</source>
        <translation>Import č. %1 je v stave %2 a nedá sa vrátiť späť.</translation>
    </message>
    <message>
        <source>Import #%1 came later and may build on this one; undo it first.</source>
        <translation>Import č. %1 prišiel neskôr a môže z tohto vychádzať; najprv vráťte späť ten.</translation>
    </message>
    <message>
        <source>Cannot start writing to the database.</source>
        <translation>Zápis do databázy sa nedá začať.</translation>
    </message>
    <message>
        <source>Undo failed and changed nothing: %1</source>
        <translation>Vrátenie späť zlyhalo a nič nezmenilo: %1</translation>
    </message>
    <message>
        <source>Undo failed at the final commit; nothing changed.</source>
        <translation>Vrátenie späť zlyhalo pri záverečnom potvrdení; nič sa nezmenilo.</translation>
    </message>
    <message>
        <source>Not imported: this file holds no contacts, messages or invitations.</source>
        <translation>Neimportované: tento súbor neobsahuje kontakty, správy ani pozvánky.</translation>
    </message>
    <message>
        <source>This LinkedIn file holds no contacts, messages or invitations; import Connections.csv, messages.csv, Invitations.csv or the whole export instead.</source>
        <translation>Tento súbor z LinkedIn neobsahuje kontakty, správy ani pozvánky; namiesto neho importujte Connections.csv, messages.csv, Invitations.csv alebo celý export.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Import bol zrušený; nič sa nezmenilo.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported. Fix the file, or skip the bad rows to import the rest.</source>
        <translation>
            <numerusform>Našiel sa %n problém; nič sa neimportovalo. Opravte súbor alebo preskočte chybné riadky a importujte zvyšok.</numerusform>
            <numerusform>Našli sa %n problémy; nič sa neimportovalo. Opravte súbor alebo preskočte chybné riadky a importujte zvyšok.</numerusform>
            <numerusform>Našlo sa %n problémov; nič sa neimportovalo. Opravte súbor alebo preskočte chybné riadky a importujte zvyšok.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup could be made before importing, so nothing was imported: %1</source>
        <translation>Pred importom sa nepodarilo vytvoriť zálohu, preto sa nič neimportovalo: %1</translation>
    </message>
    <message>
        <source>Writing to the database failed, nothing was imported: %1</source>
        <translation>Zápis do databázy zlyhal, nič sa neimportovalo: %1</translation>
    </message>
    <message>
        <source>Could not tell which messages are yours; import Profile.csv with them.</source>
        <translation>Nedalo sa zistiť, ktoré správy sú vaše; importujte spolu s nimi Profile.csv.</translation>
    </message>
    <message numerus="yes">
        <source>%n new conversation(s)</source>
        <translation>
            <numerusform>%n nový rozhovor</numerusform>
            <numerusform>%n nové rozhovory</numerusform>
            <numerusform>%n nových rozhovorov</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 merged, %5 unchanged, %6 skipped, %7 errors</source>
        <translation>%1: pridané %2, aktualizované %3, zlúčené %4, nezmenené %5, preskočené %6, chyby %7</translation>
    </message>
    <message>
        <source>the final commit failed</source>
        <translation>záverečné potvrdenie zlyhalo</translation>
    </message>
    <message>
        <source>No such file or folder.</source>
        <translation>Taký súbor ani priečinok neexistuje.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Nedá sa vytvoriť dočasný priečinok: %1</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Riadok má %1 polí; hlavička má %2.</translation>
    </message>
    <message>
        <source>&quot;Connected On&quot; is not a date: %1</source>
        <translation>„Connected On“ nie je dátum: %1</translation>
    </message>
    <message>
        <source>&quot;DATE&quot; is not a date and time: %1</source>
        <translation>„DATE“ nie je dátum a čas: %1</translation>
    </message>
    <message>
        <source>&quot;Direction&quot; must be INCOMING or OUTGOING, not &quot;%1&quot;.</source>
        <translation>„Direction“ musí byť INCOMING alebo OUTGOING, nie „%1“.</translation>
    </message>
    <message>
        <source>&quot;Sent At&quot; is not a date and time: %1</source>
        <translation>„Sent At“ nie je dátum a čas: %1</translation>
    </message>
    <message>
        <source>This is a binary file, not a vCard text file.</source>
        <translation>Toto je binárny súbor, nie textový súbor vCard.</translation>
    </message>
    <message>
        <source>Not a vCard property line; the card starting on line %1 was not read.</source>
        <translation>Toto nie je riadok vlastnosti vCard; karta začínajúca na riadku %1 sa nenačítala.</translation>
    </message>
    <message>
        <source>The card is not closed: END:VCARD is missing.</source>
        <translation>Karta nie je uzavretá: chýba END:VCARD.</translation>
    </message>
    <message>
        <source>Cannot open the zip archive: %1</source>
        <translation>Archív ZIP sa nedá otvoriť: %1</translation>
    </message>
    <message>
        <source>The archive has %1 entries; more than %2 is not a LinkedIn export.</source>
        <translation>Archív má %1 položiek; s viac ako %2 to nie je export z LinkedIn.</translation>
    </message>
    <message>
        <source>The archive contains an unsafe path &quot;%1&quot; (absolute or with &quot;..&quot;); it was not imported.</source>
        <translation>Archív obsahuje nebezpečnú cestu „%1“ (absolútnu alebo s „..“); neimportovala sa.</translation>
    </message>
    <message>
        <source>The member inflates to %1 MB, more than the limit of %2 MB; it was not read.</source>
        <translation>Položka sa rozbalí na %1 MB, viac ako limit %2 MB; nenačítala sa.</translation>
    </message>
    <message>
        <source>Cannot read the member: %1</source>
        <translation>Položku sa nepodarilo načítať: %1</translation>
    </message>
    <message>
        <source>Cannot write a temporary file: %1</source>
        <translation>Nedá sa zapísať dočasný súbor: %1</translation>
    </message>
    <message>
        <source>The member is damaged: %1</source>
        <translation>Položka je poškodená: %1</translation>
    </message>
    <message>
        <source>The member inflates to more than %1 MB; it was not read.</source>
        <translation>Položka sa rozbalí na viac ako %1 MB; nenačítala sa.</translation>
    </message>
    <message>
        <source>The archive looks like a zip bomb: &quot;%1&quot; inflates more than %2 times its compressed size. Nothing was imported from it.</source>
        <translation>Archív vyzerá ako ZIP bomba: „%1“ sa rozbalí na viac ako %2-násobok svojej komprimovanej veľkosti. Nič z neho sa neimportovalo.</translation>
    </message>
    <message>
        <source>The archive inflates to more than %1 MB in total; it was not imported.</source>
        <translation>Archív sa celkovo rozbalí na viac ako %1 MB; neimportoval sa.</translation>
    </message>
    <message numerus="yes">
        <source>%n file problem(s) found; nothing was imported. The files must be readable in full before anything is imported.</source>
        <translation>
            <numerusform>Našiel sa %n problém so súbormi; nič sa neimportovalo. Pred importom musia byť súbory celé čitateľné.</numerusform>
            <numerusform>Našli sa %n problémy so súbormi; nič sa neimportovalo. Pred importom musia byť súbory celé čitateľné.</numerusform>
            <numerusform>Našlo sa %n problémov so súbormi; nič sa neimportovalo. Pred importom musia byť súbory celé čitateľné.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: no LinkedIn, vCard, Google or Outlook export was found.</source>
        <translation>Nie je čo importovať: nenašiel sa žiadny export z LinkedIn, vCard, Google ani Outlooku.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Pozícia</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Komu</translation>
    </message>
    <message>
        <source>Subject or text</source>
        <translation>Predmet alebo text</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Odoslané</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Správa</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titulok</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Unknown format</source>
        <translation>Neznámy formát</translation>
    </message>
    <message>
        <source>LinkedIn connections</source>
        <translation>Kontakty z LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn messages</source>
        <translation>Správy z LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn invitations</source>
        <translation>Pozvánky z LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn profile</source>
        <translation>Profil z LinkedIn</translation>
    </message>
    <message>
        <source>Other LinkedIn file</source>
        <translation>Iný súbor z LinkedIn</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>Google Contacts CSV</source>
        <translation>CSV z Google Kontaktov</translation>
    </message>
    <message>
        <source>Google Contacts CSV (legacy)</source>
        <translation>CSV z Google Kontaktov (staršie)</translation>
    </message>
    <message>
        <source>Outlook CSV</source>
        <translation>CSV z Outlooku</translation>
    </message>
    <message>
        <source>Outlook.com CSV</source>
        <translation>CSV z Outlook.com</translation>
    </message>
    <message>
        <source>Choose a file, a folder or a LinkedIn export (.zip) to import.</source>
        <translation>Vyberte súbor, priečinok alebo export z LinkedIn (.zip) na import.</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Ukážka bola zrušená.</translation>
    </message>
</context>
<context>
    <name>IntroductionStore</name>
    <message>
        <source>An introduction needs a date.</source>
        <translation>Sprostredkovanie potrebuje dátum.</translation>
    </message>
    <message>
        <source>Cannot save the introduction: %1</source>
        <translation>Sprostredkovanie sa nepodarilo uložiť: %1</translation>
    </message>
    <message>
        <source>The database refused the change.</source>
        <translation>Databáza zmenu odmietla.</translation>
    </message>
</context>
<context>
    <name>InvitationStore</name>
    <message>
        <source>Cannot save the invitation: %1</source>
        <translation>Pozvánku sa nepodarilo uložiť: %1</translation>
    </message>
    <message>
        <source>There is no invitation with id %1.</source>
        <translation>Pozvánka s ID %1 neexistuje.</translation>
    </message>
</context>
<context>
    <name>LogConversation</name>
    <message>
        <source>Log %1</source>
        <translation>Zaznamenať: %1</translation>
    </message>
    <message>
        <source>The database refused the change.</source>
        <translation>Databáza zmenu odmietla.</translation>
    </message>
</context>
<context>
    <name>MarkFollowUpDone</name>
    <message>
        <source>Mark follow-up done</source>
        <translation>Označiť pripomienku ako vybavenú</translation>
    </message>
    <message>
        <source>The database refused the change.</source>
        <translation>Databáza zmenu odmietla.</translation>
    </message>
</context>
<context>
    <name>MergeContacts</name>
    <message>
        <source>Merge into %1</source>
        <translation>Zlúčiť do %1</translation>
    </message>
</context>
<context>
    <name>MergeContactsDialog</name>
    <message>
        <source>First name</source>
        <translation>Krstné meno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Priezvisko</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Zobrazované meno</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titulok</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Pozícia</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Odvetvie</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Miesto</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Ako sme sa spoznali</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Narodeniny</translation>
    </message>
</context>
<context>
    <name>MergeService</name>
    <message>
        <source>Choose two different contacts to merge.</source>
        <translation>Vyberte dva rôzne kontakty na zlúčenie.</translation>
    </message>
    <message>
        <source>Cannot read what to merge from the database.</source>
        <translation>Z databázy sa nedá načítať, čo sa má zlúčiť.</translation>
    </message>
    <message>
        <source>Cannot merge: %1</source>
        <translation>Nedá sa zlúčiť: %1</translation>
    </message>
    <message>
        <source>Cannot merge: the database refused the change.</source>
        <translation>Nedá sa zlúčiť: databáza zmenu odmietla.</translation>
    </message>
    <message>
        <source>Cannot undo the merge: the database refused the change.</source>
        <translation>Zlúčenie sa nedá vrátiť späť: databáza zmenu odmietla.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Verziu schémy sa nepodarilo načítať: %1</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Rapport (schema %1; this version knows up to %2). It was not changed.</source>
        <translation>Túto databázu zapísala novšia verzia Rapportu (schéma %1; táto verzia pozná najviac %2). Nezmenila sa.</translation>
    </message>
    <message>
        <source>Cannot start the upgrade: %1</source>
        <translation>Aktualizáciu sa nepodarilo spustiť: %1</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed and was undone: %2</source>
        <translation>Aktualizácia databázy na schému %1 zlyhala a bola vrátená späť: %2</translation>
    </message>
    <message>
        <source>Upgrading the database failed and was undone: %1</source>
        <translation>Aktualizácia databázy zlyhala a bola vrátená späť: %1</translation>
    </message>
</context>
<context>
    <name>MoveToTrash</name>
    <message numerus="yes">
        <source>Restore %n contact(s)</source>
        <translation>
            <numerusform>Obnoviť %n kontakt</numerusform>
            <numerusform>Obnoviť %n kontakty</numerusform>
            <numerusform>Obnoviť %n kontaktov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Odstrániť %n kontakt</numerusform>
            <numerusform>Odstrániť %n kontakty</numerusform>
            <numerusform>Odstrániť %n kontaktov</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 sa nedá zapísať: %2</translation>
    </message>
    <message>
        <source>Nothing is due this week.</source>
        <translation>Tento týždeň nie je nič na programe.</translation>
    </message>
    <message>
        <source>The ISO week, e.g. 2026-W48 (default: this week).</source>
        <translation>Týždeň podľa ISO, napr. 2026-W48 (predvolene tento týždeň).</translation>
    </message>
    <message>
        <source>Write the printable list as PDF.</source>
        <translation>Zapísať zoznam na tlač ako PDF.</translation>
    </message>
    <message>
        <source>Write the printable list as HTML.</source>
        <translation>Zapísať zoznam na tlač ako HTML.</translation>
    </message>
    <message>
        <source>Write the week&apos;s follow-ups as iCalendar to-dos.</source>
        <translation>Zapísať pripomienky na týždeň ako úlohy iCalendar.</translation>
    </message>
    <message>
        <source>Group by day (default) or priority.</source>
        <translation>Zoskupiť podľa dňa (predvolene) alebo priority.</translation>
    </message>
    <message>
        <source>Paper size: a4 or letter (default: from the locale).</source>
        <translation>Veľkosť papiera: a4 alebo letter (predvolene podľa miestnych nastavení).</translation>
    </message>
    <message>
        <source>The week&apos;s list of people to get in touch with.</source>
        <translation>Zoznam na týždeň: komu sa treba ozvať.</translation>
    </message>
    <message>
        <source>weekly takes no arguments; see --help.</source>
        <translation>weekly neprijíma argumenty; pozri --help.</translation>
    </message>
    <message>
        <source>--by takes day or priority.</source>
        <translation>--by prijíma day alebo priority.</translation>
    </message>
    <message>
        <source>%1 is not an ISO week; write it like 2026-W48.</source>
        <translation>%1 nie je týždeň podľa ISO; zapíšte ho ako 2026-W48.</translation>
    </message>
    <message>
        <source>--page takes a4 or letter.</source>
        <translation>--page prijíma a4 alebo letter.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Zapísané: %1</translation>
    </message>
    <message>
        <source>Show only the best N (e.g. 10 calls before 10).</source>
        <translation>Zobraziť len N najlepších (napr. 10 hovorov pred desiatou).</translation>
    </message>
    <message>
        <source>Who to get in touch with today, best first.</source>
        <translation>Komu sa dnes ozvať, najdôležitejší najskôr.</translation>
    </message>
    <message>
        <source>today takes no arguments; see --help.</source>
        <translation>today neprijíma argumenty; pozri --help.</translation>
    </message>
    <message>
        <source>--limit takes a number greater than zero.</source>
        <translation>--limit vyžaduje číslo väčšie ako nula.</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>Dnes nie je nič na programe.</translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation>Ozvať sa: %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefón: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Opener: %1</source>
        <translation>Úvod: %1</translation>
    </message>
    <message>
        <source>Still open from before this week</source>
        <translation>Ešte otvorené z minulých týždňov</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 po termíne</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>očakávané %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>termín %1</translation>
    </message>
    <message>
        <source>1 person to get in touch with.</source>
        <translation>1 osoba, ktorej sa treba ozvať.</translation>
    </message>
    <message>
        <source>Tick the box when done. Printed %1.</source>
        <translation>Po vybavení zaškrtnite políčko. Vytlačené %1.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefón:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>No phone or e-mail on file.</source>
        <translation>Žiadny telefón ani e-mail.</translation>
    </message>
    <message>
        <source>Last conversation:</source>
        <translation>Posledný rozhovor:</translation>
    </message>
    <message>
        <source>No conversation on record yet.</source>
        <translation>Zatiaľ nie je zaznamenaný žiadny rozhovor.</translation>
    </message>
    <message>
        <source>Why now:</source>
        <translation>Prečo teraz:</translation>
    </message>
    <message>
        <source>Opener:</source>
        <translation>Úvod:</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Strana</translation>
    </message>
    <message>
        <source>Printing needs the graphical part of Qt (a QGuiApplication) for fonts.</source>
        <translation>Tlač potrebuje grafickú časť Qt (QGuiApplication) kvôli písmam.</translation>
    </message>
    <message>
        <source>There is nothing to print to.</source>
        <translation>Nie je kam tlačiť.</translation>
    </message>
    <message>
        <source>Cannot start printing: the output could not be opened.</source>
        <translation>Tlač sa nedá začať: výstup sa nepodarilo otvoriť.</translation>
    </message>
    <message>
        <source>Rapport · weekly list · printed %1</source>
        <translation>Rapport · týždenný zoznam · vytlačené %1</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the printout.</source>
        <translation>Stranu %1 výtlačku sa nedá začať.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strana %1 z %2</translation>
    </message>
    <message numerus="yes">
        <source>%n people to get in touch with.</source>
        <translation>
            <numerusform>%n osoba, ktorej sa treba ozvať.</numerusform>
            <numerusform>%n osoby, ktorým sa treba ozvať.</numerusform>
            <numerusform>%n osôb, ktorým sa treba ozvať.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message numerus="yes">
        <source>made %n introduction(s) or referral(s) for you</source>
        <translation>
            <numerusform>urobil(a) pre vás %n sprostredkovanie alebo odporúčanie</numerusform>
            <numerusform>urobil(a) pre vás %n sprostredkovania alebo odporúčania</numerusform>
            <numerusform>urobil(a) pre vás %n sprostredkovaní alebo odporúčaní</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n two-way conversation(s) over time</source>
        <translation>
            <numerusform>%n obojsmerný rozhovor v priebehu času</numerusform>
            <numerusform>%n obojsmerné rozhovory rozložené v čase</numerusform>
            <numerusform>%n obojsmerných rozhovorov rozložených v čase</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n two-way conversation(s)</source>
        <translation>
            <numerusform>%n obojsmerný rozhovor</numerusform>
            <numerusform>%n obojsmerné rozhovory</numerusform>
            <numerusform>%n obojsmerných rozhovorov</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Kontakt s ID %1 neexistuje.</translation>
    </message>
    <message numerus="yes">
        <source>%n people are champions, but the innermost circle holds about 5: is each one really in it?</source>
        <translation>
            <numerusform>%n človek je zástanca, ale najvnútornejší kruh má asi 5 ľudí: patrí tam naozaj každý?</numerusform>
            <numerusform>%n ľudia sú zástancovia, ale najvnútornejší kruh má asi 5 ľudí: patrí tam naozaj každý?</numerusform>
            <numerusform>%n ľudí je zástancami, ale najvnútornejší kruh má asi 5 ľudí: patrí tam naozaj každý?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are champions or inner circle, but that layer holds about 15: some may be drifting.</source>
        <translation>
            <numerusform>%n človek je zástanca alebo vo vnútornom kruhu, ale táto vrstva má asi 15 ľudí: niektorí sa možno vzďaľujú.</numerusform>
            <numerusform>%n ľudia sú zástancovia alebo vo vnútornom kruhu, ale táto vrstva má asi 15 ľudí: niektorí sa možno vzďaľujú.</numerusform>
            <numerusform>%n ľudí je zástancami alebo vo vnútornom kruhu, ale táto vrstva má asi 15 ľudí: niektorí sa možno vzďaľujú.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are active, more than the 150 or so relationships a person can keep up.</source>
        <translation>
            <numerusform>%n človek je aktívny, viac ako asi 150 vzťahov, ktoré človek dokáže udržiavať.</numerusform>
            <numerusform>%n ľudia sú aktívni, viac ako asi 150 vzťahov, ktoré človek dokáže udržiavať.</numerusform>
            <numerusform>%n ľudí je aktívnych, viac ako asi 150 vzťahov, ktoré človek dokáže udržiavať.</numerusform>
        </translation>
    </message>
    <message>
        <source>you spoke today</source>
        <translation>dnes ste spolu hovorili</translation>
    </message>
    <message numerus="yes">
        <source>last spoke %n day(s) ago</source>
        <translation>
            <numerusform>naposledy ste hovorili pred %n dňom</numerusform>
            <numerusform>naposledy ste hovorili pred %n dňami</numerusform>
            <numerusform>naposledy ste hovorili pred %n dňami</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last spoke %n week(s) ago</source>
        <translation>
            <numerusform>naposledy ste hovorili pred %n týždňom</numerusform>
            <numerusform>naposledy ste hovorili pred %n týždňami</numerusform>
            <numerusform>naposledy ste hovorili pred %n týždňami</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last spoke %n month(s) ago</source>
        <translation>
            <numerusform>naposledy ste hovorili pred %n mesiacom</numerusform>
            <numerusform>naposledy ste hovorili pred %n mesiacmi</numerusform>
            <numerusform>naposledy ste hovorili pred %n mesiacmi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you have not spoken in %n month(s)</source>
        <translation>
            <numerusform>nehovorili ste spolu %n mesiac</numerusform>
            <numerusform>nehovorili ste spolu %n mesiace</numerusform>
            <numerusform>nehovorili ste spolu %n mesiacov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n two-way conversation(s) this year</source>
        <translation>
            <numerusform>%n obojsmerný rozhovor tento rok</numerusform>
            <numerusform>%n obojsmerné rozhovory tento rok</numerusform>
            <numerusform>%n obojsmerných rozhovorov tento rok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>they started %n conversation(s)</source>
        <translation>
            <numerusform>začal(a) %n rozhovor</numerusform>
            <numerusform>začal(a) %n rozhovory</numerusform>
            <numerusform>začal(a) %n rozhovorov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you started all %n conversation(s)</source>
        <translation>
            <numerusform>jediný rozhovor (%n) ste začali vy</numerusform>
            <numerusform>všetky %n rozhovory ste začali vy</numerusform>
            <numerusform>všetkých %n rozhovorov ste začali vy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>they wrote %n message(s) to you</source>
        <translation>
            <numerusform>napísal(a) vám %n správu</numerusform>
            <numerusform>napísal(a) vám %n správy</numerusform>
            <numerusform>napísal(a) vám %n správ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>met in person %n time(s)</source>
        <translation>
            <numerusform>osobne ste sa stretli %n-krát</numerusform>
            <numerusform>osobne ste sa stretli %n-krát</numerusform>
            <numerusform>osobne ste sa stretli %n-krát</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) or video call(s)</source>
        <translation>
            <numerusform>%n hovor alebo videohovor</numerusform>
            <numerusform>%n hovory alebo videohovory</numerusform>
            <numerusform>%n hovorov alebo videohovorov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n written exchange(s), no calls or meetings</source>
        <translation>
            <numerusform>%n písomná výmena, žiadne hovory ani stretnutia</numerusform>
            <numerusform>%n písomné výmeny, žiadne hovory ani stretnutia</numerusform>
            <numerusform>%n písomných výmen, žiadne hovory ani stretnutia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>known for %n year(s)</source>
        <translation>
            <numerusform>poznáte sa %n rok</numerusform>
            <numerusform>poznáte sa %n roky</numerusform>
            <numerusform>poznáte sa %n rokov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>known for %n month(s)</source>
        <translation>
            <numerusform>poznáte sa %n mesiac</numerusform>
            <numerusform>poznáte sa %n mesiace</numerusform>
            <numerusform>poznáte sa %n mesiacov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>introduced you to %n person(s)</source>
        <translation>
            <numerusform>predstavil(a) vás %n osobe</numerusform>
            <numerusform>predstavil(a) vás %n osobám</numerusform>
            <numerusform>predstavil(a) vás %n osobám</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent you %n referral(s)</source>
        <translation>
            <numerusform>poslal(a) vám %n odporúčanie</numerusform>
            <numerusform>poslal(a) vám %n odporúčania</numerusform>
            <numerusform>poslal(a) vám %n odporúčaní</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>helped you %n time(s)</source>
        <translation>
            <numerusform>pomohol(a) vám %n-krát</numerusform>
            <numerusform>pomohol(a) vám %n-krát</numerusform>
            <numerusform>pomohol(a) vám %n-krát</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you helped them %n time(s)</source>
        <translation>
            <numerusform>vy ste pomohli %n-krát</numerusform>
            <numerusform>vy ste pomohli %n-krát</numerusform>
            <numerusform>vy ste pomohli %n-krát</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fits your target market on %n point(s)</source>
        <translation>
            <numerusform>zodpovedá vášmu cieľovému trhu v %n bode</numerusform>
            <numerusform>zodpovedá vášmu cieľovému trhu v %n bodoch</numerusform>
            <numerusform>zodpovedá vášmu cieľovému trhu v %n bodoch</numerusform>
        </translation>
    </message>
    <message>
        <source>you know what they do and how you met</source>
        <translation>viete, čo robí a ako ste sa spoznali</translation>
    </message>
    <message>
        <source>you know what they do</source>
        <translation>viete, čo robí</translation>
    </message>
    <message>
        <source>you know how you met</source>
        <translation>viete, ako ste sa spoznali</translation>
    </message>
    <message>
        <source>you have not noted what they do or how you met</source>
        <translation>nezaznamenali ste, čo robí ani ako ste sa spoznali</translation>
    </message>
    <message>
        <source>their invitation looked like a collector&apos;s</source>
        <translation>pozvánka vyzerala ako od zberateľa</translation>
    </message>
    <message numerus="yes">
        <source>connected %n month(s) ago but never talked</source>
        <translation>
            <numerusform>prepojení pred %n mesiacom, ale nikdy ste nehovorili</numerusform>
            <numerusform>prepojení pred %n mesiacmi, ale nikdy ste nehovorili</numerusform>
            <numerusform>prepojení pred %n mesiacmi, ale nikdy ste nehovorili</numerusform>
        </translation>
    </message>
    <message>
        <source>connected but never talked</source>
        <translation>prepojení, ale nikdy ste nehovorili</translation>
    </message>
    <message numerus="yes">
        <source>never replied to your %n message(s)</source>
        <translation>
            <numerusform>nikdy neodpovedal(a) na vašu %n správu</numerusform>
            <numerusform>nikdy neodpovedal(a) na vaše %n správy</numerusform>
            <numerusform>nikdy neodpovedal(a) na vašich %n správ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>left %n of your message(s) unanswered</source>
        <translation>
            <numerusform>nechal(a) %n vašu správu bez odpovede</numerusform>
            <numerusform>nechal(a) %n vaše správy bez odpovede</numerusform>
            <numerusform>nechal(a) %n vašich správ bez odpovede</numerusform>
        </translation>
    </message>
    <message>
        <source>you put them at the %1 stage</source>
        <translation>zaradili ste ho/ju do fázy %1</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Zástanca</translation>
    </message>
    <message>
        <source>Inner circle</source>
        <translation>Vnútorný kruh</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktívny</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Nečinný</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Nazbieraný</translation>
    </message>
    <message>
        <source>Recent conversation</source>
        <translation>Nedávny rozhovor</translation>
    </message>
    <message>
        <source>Recency fades by half every (days)</source>
        <translation>Aktuálnosť klesá na polovicu každých (dní)</translation>
    </message>
    <message>
        <source>Conversations in the last year</source>
        <translation>Rozhovory za posledný rok</translation>
    </message>
    <message>
        <source>Conversations a year that count fully</source>
        <translation>Rozhovory za rok, ktoré sa rátajú naplno</translation>
    </message>
    <message>
        <source>They reach out too</source>
        <translation>Ozýva sa aj sám/sama</translation>
    </message>
    <message>
        <source>Meetings and calls rather than messages</source>
        <translation>Stretnutia a hovory namiesto správ</translation>
    </message>
    <message>
        <source>Known for a long time</source>
        <translation>Dlho známy</translation>
    </message>
    <message>
        <source>Years that count fully</source>
        <translation>Roky, ktoré sa rátajú naplno</translation>
    </message>
    <message>
        <source>Introductions and help you received</source>
        <translation>Prijaté sprostredkovania a pomoc</translation>
    </message>
    <message>
        <source>Introductions and help you gave</source>
        <translation>Poskytnuté sprostredkovania a pomoc</translation>
    </message>
    <message>
        <source>Fits your target market</source>
        <translation>Zodpovedá vášmu cieľovému trhu</translation>
    </message>
    <message>
        <source>You know what they do and how you met</source>
        <translation>Viete, čo robí a ako ste sa spoznali</translation>
    </message>
    <message>
        <source>Champion stage you set</source>
        <translation>Vami nastavená fáza vzťahu</translation>
    </message>
    <message>
        <source>Penalty: invitation from a collector</source>
        <translation>Zrážka: pozvánka od zberateľa</translation>
    </message>
    <message>
        <source>Penalty: connected but never talked</source>
        <translation>Zrážka: prepojení, ale nikdy ste sa nerozprávali</translation>
    </message>
    <message>
        <source>Penalty: messages never answered</source>
        <translation>Zrážka: správy bez odpovede</translation>
    </message>
    <message>
        <source>Score for Champion</source>
        <translation>Skóre pre zástancu</translation>
    </message>
    <message>
        <source>Score for Inner circle</source>
        <translation>Skóre pre vnútorný kruh</translation>
    </message>
    <message>
        <source>Active if spoken within (days)</source>
        <translation>Aktívny, ak ste hovorili v posledných (dňoch)</translation>
    </message>
    <message>
        <source>Cannot update the scores: the database is busy.</source>
        <translation>Skóre sa nedá aktualizovať: databáza je zaneprázdnená.</translation>
    </message>
    <message>
        <source>Cannot update the scores: %1</source>
        <translation>Skóre sa nedá aktualizovať: %1</translation>
    </message>
    <message>
        <source>Cannot update the scores: the database refused the change.</source>
        <translation>Skóre sa nedá aktualizovať: databáza zmenu odmietla.</translation>
    </message>
    <message>
        <source>Cannot update the score: %1</source>
        <translation>Skóre sa nedá aktualizovať: %1</translation>
    </message>
    <message>
        <source>Cannot read the score: %1</source>
        <translation>Skóre sa nepodarilo načítať: %1</translation>
    </message>
    <message>
        <source>Contact %1 has no score yet.</source>
        <translation>Kontakt %1 zatiaľ nemá skóre.</translation>
    </message>
    <message>
        <source>Cannot read the scores: %1</source>
        <translation>Skóre sa nepodarilo načítať: %1</translation>
    </message>
    <message>
        <source>Cannot read the data for scoring: %1</source>
        <translation>Údaje na výpočet skóre sa nepodarilo načítať: %1</translation>
    </message>
</context>
<context>
    <name>SetArchived</name>
    <message numerus="yes">
        <source>Archive %n contact(s)</source>
        <translation>
            <numerusform>Archivovať %n kontakt</numerusform>
            <numerusform>Archivovať %n kontakty</numerusform>
            <numerusform>Archivovať %n kontaktov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unarchive %n contact(s)</source>
        <translation>
            <numerusform>Vrátiť %n kontakt z archívu</numerusform>
            <numerusform>Vrátiť %n kontakty z archívu</numerusform>
            <numerusform>Vrátiť %n kontaktov z archívu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetCadence</name>
    <message>
        <source>The database refused the change.</source>
        <translation>Databáza zmenu odmietla.</translation>
    </message>
    <message numerus="yes">
        <source>Set cadence of %n contact(s)</source>
        <translation>
            <numerusform>Nastaviť rytmus pre %n kontakt</numerusform>
            <numerusform>Nastaviť rytmus pre %n kontakty</numerusform>
            <numerusform>Nastaviť rytmus pre %n kontaktov</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>No sync conflicts.</source>
        <translation>Žiadne konflikty synchronizácie.</translation>
    </message>
    <message>
        <source>Synced with %1 in %2 s.</source>
        <translation>Synchronizované s %1 za %2 s.</translation>
    </message>
    <message>
        <source>  Pulled: %1 new, %2 updated, %3 moved to the Trash.</source>
        <translation>  Stiahnuté: nové %1, aktualizované %2, presunuté do koša %3.</translation>
    </message>
    <message>
        <source>  Pushed: %1 new, %2 updated, %3 deleted.</source>
        <translation>  Odoslané: nové %1, aktualizované %2, odstránené %3.</translation>
    </message>
    <message>
        <source>  Follow-ups: %1 published, %2 removed from the calendar.</source>
        <translation>  Pripomienky: zverejnené %1, odstránené z kalendára %2.</translation>
    </message>
    <message>
        <source>  Conflicts: %1, both versions kept (rapport-cli sync --conflicts lists them).</source>
        <translation>  Konflikty: %1, ponechané obe verzie (vypíše ich rapport-cli sync --conflicts).</translation>
    </message>
    <message>
        <source>  Not synced: %1 items the server refused; they are tried again next time.</source>
        <translation>  Nesynchronizované: %1 položiek, ktoré server odmietol; nabudúce sa skúsia znova.</translation>
    </message>
    <message>
        <source>CardDAV server (a bare host means https://).</source>
        <translation>Server CardDAV (samotný názov hostiteľa znamená https://).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>User name on the server.</source>
        <translation>Používateľské meno na serveri.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>MENO</translation>
    </message>
    <message>
        <source>Also publish follow-ups as to-dos to a CalDAV calendar.</source>
        <translation>Zverejniť pripomienky aj ako úlohy v kalendári CalDAV.</translation>
    </message>
    <message>
        <source>List the conflicts earlier syncs recorded, and do not sync.</source>
        <translation>Vypísať konflikty zaznamenané pri predchádzajúcich synchronizáciách a nesynchronizovať.</translation>
    </message>
    <message>
        <source>Two-way sync of the contacts with a CardDAV server. The password comes from the system keychain or RAPPORT_SYNC_PASSWORD.</source>
        <translation>Obojsmerná synchronizácia kontaktov so serverom CardDAV. Heslo sa berie zo systémovej kľúčenky alebo z RAPPORT_SYNC_PASSWORD.</translation>
    </message>
    <message>
        <source>sync needs --url URL and --user NAME.</source>
        <translation>sync potrebuje --url URL a --user MENO.</translation>
    </message>
    <message>
        <source>%1 is not a server address; use a host name or an https:// URL.</source>
        <translation>%1 nie je adresa servera; použite názov hostiteľa alebo URL https://.</translation>
    </message>
    <message>
        <source>No password was found in the keychain or RAPPORT_SYNC_PASSWORD.</source>
        <translation>V kľúčenke ani v RAPPORT_SYNC_PASSWORD sa nenašlo heslo.</translation>
    </message>
    <message>
        <source>The address book is gone from the server; the next sync looks for it again.</source>
        <translation>Adresár na serveri už nie je; pri ďalšej synchronizácii sa bude hľadať znova.</translation>
    </message>
    <message>
        <source>The server refused to list the address book (HTTP %1).</source>
        <translation>Server odmietol vypísať adresár (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused to send the contacts (HTTP %1).</source>
        <translation>Server odmietol poslať kontakty (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the card (HTTP %1).</source>
        <translation>Server odmietol kartu (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused to delete the card (HTTP %1).</source>
        <translation>Server odmietol odstrániť kartu (HTTP %1).</translation>
    </message>
    <message>
        <source>The card kept changing on the server; it is tried again next time.</source>
        <translation>Karta sa na serveri neustále menila; nabudúce sa skúsi znova.</translation>
    </message>
    <message>
        <source>The server refused to send the card (HTTP %1).</source>
        <translation>Server odmietol poslať kartu (HTTP %1).</translation>
    </message>
    <message>
        <source>%1 does not look like a CardDAV server (no address book or user principal found).</source>
        <translation>%1 nevyzerá ako server CardDAV (nenašiel sa adresár ani principal používateľa).</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>The server has no address book and refused to create one (HTTP %1).</source>
        <translation>Server nemá adresár a odmietol ho vytvoriť (HTTP %1).</translation>
    </message>
    <message>
        <source>Rapport follow-ups</source>
        <translation>Pripomienky Rapportu</translation>
    </message>
    <message>
        <source>The server refused to create the follow-ups calendar (HTTP %1).</source>
        <translation>Server odmietol vytvoriť kalendár pripomienok (HTTP %1).</translation>
    </message>
    <message>
        <source>Cannot read the follow-ups: %1</source>
        <translation>Pripomienky sa nepodarilo načítať: %1</translation>
    </message>
    <message>
        <source>Cannot read the contacts: %1</source>
        <translation>Kontakty sa nepodarilo načítať: %1</translation>
    </message>
    <message>
        <source>Cannot save the synced contact: the database refused the change.</source>
        <translation>Synchronizovaný kontakt sa nepodarilo uložiť: databáza zmenu odmietla.</translation>
    </message>
    <message>
        <source>Cannot move the contact to the Trash: the database refused the change.</source>
        <translation>Kontakt sa nedá presunúť do koša: databáza zmenu odmietla.</translation>
    </message>
    <message>
        <source>No password is stored for this account.</source>
        <translation>Pre tento účet nie je uložené heslo.</translation>
    </message>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>Systémovú kľúčenku sa nepodarilo načítať: %1</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain: %1</source>
        <translation>Heslo sa nepodarilo uložiť do systémovej kľúčenky: %1</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example dav.example.org.</source>
        <translation>Zadajte adresu servera, napríklad dav.example.org.</translation>
    </message>
    <message>
        <source>Offline, will sync later (%1).</source>
        <translation>Offline, synchronizuje sa neskôr (%1).</translation>
    </message>
    <message>
        <source>The server refused the user name or password for %1.</source>
        <translation>Server odmietol používateľské meno alebo heslo pre %1.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted. Check it and accept it only if you expected it.</source>
        <translation>Certifikát servera %1 nie je dôveryhodný. Skontrolujte ho a prijmite ho, len ak ste ho očakávali.</translation>
    </message>
    <message>
        <source>The server could not be synced with: %1</source>
        <translation>So serverom sa nepodarilo synchronizovať: %1</translation>
    </message>
    <message>
        <source>Cannot read the sync account: %1</source>
        <translation>Účet synchronizácie sa nepodarilo načítať: %1</translation>
    </message>
    <message>
        <source>Cannot save the sync account: %1</source>
        <translation>Účet synchronizácie sa nepodarilo uložiť: %1</translation>
    </message>
    <message>
        <source>Cannot save the sync account.</source>
        <translation>Účet synchronizácie sa nepodarilo uložiť.</translation>
    </message>
    <message>
        <source>Cannot read the sync state: %1</source>
        <translation>Stav synchronizácie sa nepodarilo načítať: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Zatiaľ nesynchronizované</translation>
    </message>
    <message>
        <source>Looking for the address book…</source>
        <translation>Hľadá sa adresár…</translation>
    </message>
    <message>
        <source>Reading changes from the server…</source>
        <translation>Načítavajú sa zmeny zo servera…</translation>
    </message>
    <message>
        <source>Sending changes to the server…</source>
        <translation>Odosielajú sa zmeny na server…</translation>
    </message>
    <message>
        <source>Publishing follow-ups to the calendar…</source>
        <translation>Pripomienky sa zverejňujú v kalendári…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronizované</translation>
    </message>
    <message>
        <source>Offline, will sync later</source>
        <translation>Offline, synchronizuje sa neskôr</translation>
    </message>
    <message>
        <source>The server refused the user name or password</source>
        <translation>Server odmietol používateľské meno alebo heslo</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>Certifikát servera nie je dôveryhodný</translation>
    </message>
    <message>
        <source>The server could not be synced with</source>
        <translation>So serverom sa nepodarilo synchronizovať</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Synchronizácia zrušená</translation>
    </message>
    <message>
        <source>Both sides changed; the server&apos;s newer version was kept, the local one is saved here.</source>
        <translation>Obe strany sa zmenili; ponechala sa novšia verzia zo servera, lokálna je uložená tu.</translation>
    </message>
    <message>
        <source>Both sides changed; the newer local version was kept, the server&apos;s one is saved here.</source>
        <translation>Obe strany sa zmenili; ponechala sa novšia lokálna verzia, verzia zo servera je uložená tu.</translation>
    </message>
    <message>
        <source>One side deleted what the other changed; the changed version was kept.</source>
        <translation>Jedna strana odstránila, čo druhá zmenila; ponechala sa zmenená verzia.</translation>
    </message>
    <message>
        <source>The server sent something that is not a vCard.</source>
        <translation>Server poslal niečo, čo nie je vCard.</translation>
    </message>
    <message>
        <source>refused a redirect from https to %1</source>
        <translation>odmietnuté presmerovanie z https na %1</translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message numerus="yes">
        <source>%n mutual connection(s)</source>
        <translation>
            <numerusform>%n spoločný kontakt</numerusform>
            <numerusform>%n spoločné kontakty</numerusform>
            <numerusform>%n spoločných kontaktov</numerusform>
        </translation>
    </message>
    <message>
        <source>Mutual connections unknown</source>
        <translation>Spoločné kontakty neznáme</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakty</numerusform>
            <numerusform>%n kontaktov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier conversation(s) in Rapport</source>
        <translation>
            <numerusform>%n skorší rozhovor v Rapporte</numerusform>
            <numerusform>%n skoršie rozhovory v Rapporte</numerusform>
            <numerusform>%n skorších rozhovorov v Rapporte</numerusform>
        </translation>
    </message>
    <message>
        <source>Introduction recorded in Rapport</source>
        <translation>Sprostredkovanie zaznamenané v Rapporte</translation>
    </message>
    <message>
        <source>The note is empty or LinkedIn&apos;s default text, so only the profile data can decide</source>
        <translation>Poznámka je prázdna alebo obsahuje predvolený text LinkedIn, takže rozhodnúť môžu len údaje z profilu</translation>
    </message>
    <message>
        <source>Fewer than 15 mutual connections</source>
        <translation>Menej ako 15 spoločných kontaktov</translation>
    </message>
    <message>
        <source>The sender has more than 2,000 connections</source>
        <translation>Odosielateľ má viac ako 2 000 kontaktov</translation>
    </message>
    <message>
        <source>The sender&apos;s headline advertises open networking or selling</source>
        <translation>Titulok odosielateľa propaguje otvorené sieťovanie alebo predaj</translation>
    </message>
    <message>
        <source>Many mutual connections, a modest network and a plain headline</source>
        <translation>Veľa spoločných kontaktov, skromná sieť a jednoduchý titulok</translation>
    </message>
    <message>
        <source>Collects connections in bulk (open networker, connection goals, accepts everyone)</source>
        <translation>Zbiera kontakty vo veľkom (otvorené sieťovanie, ciele počtu kontaktov, prijíma každého)</translation>
    </message>
    <message>
        <source>Asks you to follow, endorse, share or pass them on</source>
        <translation>Žiada vás, aby ste ho sledovali, odporučili, zdieľali alebo posunuli ďalej</translation>
    </message>
    <message>
        <source>Talks about themselves, not about you</source>
        <translation>Hovorí o sebe, nie o vás</translation>
    </message>
    <message>
        <source>Lists credentials, client counts or media mentions</source>
        <translation>Vymenúva kvalifikácie, počty klientov alebo zmienky v médiách</translation>
    </message>
    <message>
        <source>Offers a product or service</source>
        <translation>Ponúka produkt alebo službu</translation>
    </message>
    <message>
        <source>Sales call to action (free offer, discount, booking link, messenger number)</source>
        <translation>Predajná výzva (bezplatná ponuka, zľava, odkaz na rezerváciu, číslo na messenger)</translation>
    </message>
    <message>
        <source>Asks for a call or a meeting</source>
        <translation>Žiada o hovor alebo stretnutie</translation>
    </message>
    <message>
        <source>Asks for a job, a referral or to read a CV</source>
        <translation>Žiada o prácu, odporúčanie alebo prečítanie životopisu</translation>
    </message>
    <message>
        <source>Asks for money, sponsorship, buyers or investors</source>
        <translation>Žiada o peniaze, sponzorstvo, kupcov alebo investorov</translation>
    </message>
    <message>
        <source>Generic recruiter message (keyword match, rate and availability)</source>
        <translation>Všeobecná správa od náborára (zhoda kľúčových slov, sadzba a dostupnosť)</translation>
    </message>
    <message>
        <source>Asks for something in the first message without any shared history</source>
        <translation>Už v prvej správe o niečo žiada, bez akejkoľvek spoločnej histórie</translation>
    </message>
    <message>
        <source>Crypto, forex, passive income, MLM or pay-to-be-featured offer</source>
        <translation>Krypto, forex, pasívny príjem, MLM alebo platená ponuka na zviditeľnenie</translation>
    </message>
    <message>
        <source>Flattery without saying anything specific</source>
        <translation>Lichôtky bez čohokoľvek konkrétneho</translation>
    </message>
    <message>
        <source>A pretext instead of a reason (mutual connections, same group, viewed your profile, synergies)</source>
        <translation>Zámienka namiesto dôvodu (spoločné kontakty, rovnaká skupina, pozeral si váš profil, synergie)</translation>
    </message>
    <message>
        <source>Mentions your post, work or an event without saying which</source>
        <translation>Spomína váš príspevok, prácu alebo podujatie bez toho, aby povedal ktoré</translation>
    </message>
    <message>
        <source>Contains unfilled mail-merge fields</source>
        <translation>Obsahuje nevyplnené polia hromadnej korešpondencie</translation>
    </message>
    <message>
        <source>Addresses a category of people, not you</source>
        <translation>Oslovuje skupinu ľudí, nie vás</translation>
    </message>
    <message>
        <source>Names nothing specific to you or to a shared past</source>
        <translation>Neuvádza nič konkrétne o vás ani o spoločnej minulosti</translation>
    </message>
    <message>
        <source>Mentions your work only to lead into a pitch</source>
        <translation>Vašu prácu spomína len ako úvod k predajnej ponuke</translation>
    </message>
    <message>
        <source>Refers to something you did together or an existing relationship</source>
        <translation>Odkazuje na niečo, čo ste robili spolu, alebo na existujúci vzťah</translation>
    </message>
    <message>
        <source>Met you at a named event or place</source>
        <translation>Stretol vás na konkrétnom podujatí alebo mieste</translation>
    </message>
    <message>
        <source>Recalls something you said or did</source>
        <translation>Pripomína niečo, čo ste povedali alebo urobili</translation>
    </message>
    <message>
        <source>A named person introduced you or suggested the contact</source>
        <translation>Konkrétna osoba vás predstavila alebo kontakt navrhla</translation>
    </message>
    <message>
        <source>Thanks you or congratulates you for something specific</source>
        <translation>Ďakuje vám alebo vám blahoželá k niečomu konkrétnemu</translation>
    </message>
    <message>
        <source>Refers to a specific piece of your work</source>
        <translation>Odkazuje na konkrétnu časť vašej práce</translation>
    </message>
    <message>
        <source>Asks a relevant question, gives feedback or offers something concrete</source>
        <translation>Kladie relevantnú otázku, dáva spätnú väzbu alebo ponúka niečo konkrétne</translation>
    </message>
    <message>
        <source>Proposes a concrete next step</source>
        <translation>Navrhuje konkrétny ďalší krok</translation>
    </message>
    <message>
        <source>Asks how they can help you</source>
        <translation>Pýta sa, ako vám môže pomôcť</translation>
    </message>
    <message>
        <source>Mentions your company or work topics</source>
        <translation>Spomína vašu firmu alebo témy vašej práce</translation>
    </message>
    <message>
        <source>You have talked with this person before</source>
        <translation>S touto osobou ste už hovorili</translation>
    </message>
    <message>
        <source>Rapport records an introduction to this person</source>
        <translation>Rapport eviduje sprostredkovanie k tejto osobe</translation>
    </message>
    <message>
        <source>Cannot read your triage decisions: %1</source>
        <translation>Vaše rozhodnutia o triedení sa nepodarilo načítať: %1</translation>
    </message>
    <message>
        <source>Name collector</source>
        <translation>Zberateľ mien</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation>Skutočná</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Nejasná</translation>
    </message>
    <message>
        <source>Cannot read the learned triage weights: %1</source>
        <translation>Naučené váhy triedenia sa nepodarilo načítať: %1</translation>
    </message>
    <message>
        <source>Cannot save the learned triage weights: %1</source>
        <translation>Naučené váhy triedenia sa nepodarilo uložiť: %1</translation>
    </message>
    <message>
        <source>Cannot save the learned triage weights.</source>
        <translation>Naučené váhy triedenia sa nepodarilo uložiť.</translation>
    </message>
    <message>
        <source>Cannot reset the triage weights: %1</source>
        <translation>Váhy triedenia sa nepodarilo obnoviť na predvolené: %1</translation>
    </message>
    <message>
        <source>Fill in the placeholders: they show the note was sent in bulk.</source>
        <translation>Vyplňte zástupné polia: prezrádzajú, že poznámka bola poslaná hromadne.</translation>
    </message>
    <message>
        <source>Leave the pitch for later: a first note that asks for business reads as collecting names.</source>
        <translation>Ponuku si nechajte na neskôr: prvá poznámka, ktorá žiada o obchod, pôsobí ako zbieranie mien.</translation>
    </message>
    <message>
        <source>Drop requests to follow, endorse or share, and talk of connection counts.</source>
        <translation>Vynechajte prosby o sledovanie, odporúčanie či zdieľanie a reči o počte kontaktov.</translation>
    </message>
    <message>
        <source>Say where you know them from: a project, a named event, or who introduced you.</source>
        <translation>Napíšte, odkiaľ sa poznáte: projekt, konkrétne podujatie alebo kto vás predstavil.</translation>
    </message>
    <message>
        <source>Say where you know %1 from: a project, a named event, or who introduced you.</source>
        <translation>Napíšte, odkiaľ poznáte osobu %1: projekt, konkrétne podujatie alebo kto vás predstavil.</translation>
    </message>
    <message>
        <source>Mention something specific about their work (which talk, post, paper or project) and why it mattered to you.</source>
        <translation>Spomeňte niečo konkrétne z jej práce (ktorá prednáška, príspevok, článok alebo projekt) a prečo to pre vás bolo dôležité.</translation>
    </message>
    <message>
        <source>Replace general praise or &quot;mutual connections&quot; with one concrete detail.</source>
        <translation>Nahraďte všeobecnú pochvalu alebo „spoločné kontakty“ jedným konkrétnym detailom.</translation>
    </message>
    <message>
        <source>Say less about yourself and more about why you are writing to them.</source>
        <translation>Píšte menej o sebe a viac o tom, prečo píšete práve jej.</translation>
    </message>
    <message>
        <source>Say how you could help them, or ask one concrete question.</source>
        <translation>Napíšte, ako by ste mohli pomôcť, alebo položte jednu konkrétnu otázku.</translation>
    </message>
    <message>
        <source>LinkedIn notes are limited to %1 characters; this one has %2.</source>
        <translation>Poznámky na LinkedIn majú limit %1 znakov; táto má %2.</translation>
    </message>
    <message>
        <source>Cannot read the invitations: %1</source>
        <translation>Pozvánky sa nepodarilo načítať: %1</translation>
    </message>
    <message>
        <source>Cannot save the verdicts: %1</source>
        <translation>Verdikty sa nepodarilo uložiť: %1</translation>
    </message>
    <message>
        <source>Cannot save the verdicts: the database refused.</source>
        <translation>Verdikty sa nepodarilo uložiť: databáza to odmietla.</translation>
    </message>
    <message>
        <source>Unknown decision &quot;%1&quot;; use accepted, ignored or flag_wrong.</source>
        <translation>Neznáme rozhodnutie „%1“; použite accepted, ignored alebo flag_wrong.</translation>
    </message>
    <message>
        <source>Unnamed sender</source>
        <translation>Nepomenovaný odosielateľ</translation>
    </message>
    <message>
        <source>Cannot save the decision: the database refused.</source>
        <translation>Rozhodnutie sa nepodarilo uložiť: databáza to odmietla.</translation>
    </message>
    <message>
        <source>Cannot undo: the database refused.</source>
        <translation>Nedá sa vrátiť späť: databáza to odmietla.</translation>
    </message>
    <message>
        <source>Hi %1, thanks for reaching out! I try to keep my network to people I actually know or work with. Could you tell me how you came across me and what you have in mind? Happy to connect once I understand the context.</source>
        <translation>Zdravím %1, ďakujem, že ste sa ozvali! Svoju sieť sa snažím obmedziť na ľudí, ktorých naozaj poznám alebo s nimi pracujem. Môžete mi povedať, ako ste na mňa narazili a čo máte na mysli? Rád sa prepojím, keď pochopím súvislosti.</translation>
    </message>
    <message>
        <source>there</source>
        <translation>vás</translation>
    </message>
    <message>
        <source>Write your own words: the default invitation text is what name collectors send.</source>
        <translation>Napíšte vlastné slová: predvolený text pozvánky posielajú práve zberatelia mien.</translation>
    </message>
</context>
<context>
    <name>TriageStyle</name>
    <message>
        <source>Points to a name collector</source>
        <translation>Ukazuje na zberateľa mien</translation>
    </message>
    <message>
        <source>Points to a genuine request</source>
        <translation>Ukazuje na skutočnú žiadosť</translation>
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
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kruhy</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Kôš</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dnes</translation>
    </message>
    <message>
        <source>This Week</source>
        <translation>Tento týždeň</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Zástancovia</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Pozvánky</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Prehľad</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Network audit: Dunbar layers and warnings</source>
        <translation>Audit siete: Dunbarove vrstvy a upozornenia</translation>
    </message>
    <message>
        <source>Champions pipeline, suggestions, give/receive</source>
        <translation>Cesta k zástancom, návrhy, dávanie a prijímanie</translation>
    </message>
    <message>
        <source>list, add, show, edit or delete contacts</source>
        <translation>vypísať, pridať, zobraziť, upraviť alebo odstrániť kontakty</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity</source>
        <translation>skontrolovať integritu databázy</translation>
    </message>
    <message>
        <source>write a verified backup to FILE</source>
        <translation>zapísať overenú zálohu do SÚBORU</translation>
    </message>
    <message>
        <source>restore the database from a backup FILE</source>
        <translation>obnoviť databázu zo SÚBORU so zálohou</translation>
    </message>
    <message>
        <source>create (or --remove) a sample network</source>
        <translation>vytvoriť (alebo s --remove odstrániť) ukážkovú sieť</translation>
    </message>
    <message>
        <source>Add, list, complete, snooze or reschedule follow-ups</source>
        <translation>Pridať, vypísať, vybaviť, odložiť alebo presunúť pripomienky</translation>
    </message>
    <message>
        <source>import a LinkedIn export, vCards, Google or Outlook CSV</source>
        <translation>importovať export z LinkedIn, vCard, CSV z Google alebo Outlooku</translation>
    </message>
    <message>
        <source>record a conversation (call, meeting, message, ...)</source>
        <translation>zaznamenať rozhovor (hovor, stretnutie, správa, ...)</translation>
    </message>
    <message>
        <source>Relationship scores with tiers and reasons</source>
        <translation>Skóre vzťahov s úrovňami a dôvodmi</translation>
    </message>
    <message>
        <source>The week&apos;s list to print: text, JSON, HTML, PDF, iCalendar</source>
        <translation>Týždenný zoznam na tlač: text, JSON, HTML, PDF, iCalendar</translation>
    </message>
    <message>
        <source>Who to get in touch with today, best first</source>
        <translation>Komu sa dnes ozvať, najdôležitejší najskôr</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Vypísať strojovo čitateľný JSON.</translation>
    </message>
    <message>
        <source>Usage: rapport-cli [--db PATH] [--json] COMMAND [options]</source>
        <translation>Použitie: rapport-cli [--db CESTA] [--json] PRÍKAZ [voľby]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Príkazy:</translation>
    </message>
    <message>
        <source>Global options:
  --db PATH   the database file (default: $RAPPORT_DB, else rapport.sqlite in the application data folder)
  --json      machine-readable output
  --help      this text; COMMAND --help for a command&apos;s options
</source>
        <translation>Globálne voľby:
  --db CESTA  súbor databázy (predvolene: $RAPPORT_DB, inak rapport.sqlite v priečinku s údajmi aplikácie)
  --json      strojovo čitateľný výstup
  --help      tento text; PRÍKAZ --help pre voľby príkazu
</translation>
    </message>
    <message>
        <source>rapport-cli: unknown option %1</source>
        <translation>rapport-cli: neznáma voľba %1</translation>
    </message>
    <message>
        <source>rapport-cli: unknown command %1</source>
        <translation>rapport-cli: neznámy príkaz %1</translation>
    </message>
    <message>
        <source>Contacts: %1 (real relationships %2, connections only %3)</source>
        <translation>Kontakty: %1 (skutočné vzťahy %2, len prepojenia %3)</translation>
    </message>
    <message>
        <source>Tiers:</source>
        <translation>Úrovne:</translation>
    </message>
    <message>
        <source>Dunbar layers (by score, among real relationships)</source>
        <translation>Dunbarove vrstvy (podľa skóre, medzi skutočnými vzťahmi)</translation>
    </message>
    <message>
        <source>lowest score %1</source>
        <translation>najnižšie skóre %1</translation>
    </message>
    <message>
        <source>more</source>
        <translation>viac</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Upozornenia</translation>
    </message>
    <message>
        <source>Never talked to, no context noted: %1</source>
        <translation>Nikdy ste sa nerozprávali, bez poznámky o súvislostiach: %1</translation>
    </message>
    <message>
        <source>collector</source>
        <translation>zberateľ</translation>
    </message>
    <message>
        <source>Also list the first N contacts you have never talked to.</source>
        <translation>Vypísať aj prvých N kontaktov, s ktorými ste sa nikdy nerozprávali.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Network audit: real relationships against Dunbar&apos;s layers (5/15/50/150), warnings, and who you have never talked to.</source>
        <translation>Audit siete: skutočné vzťahy v porovnaní s Dunbarovými vrstvami (5/15/50/150), upozornenia a s kým ste sa nikdy nerozprávali.</translation>
    </message>
    <message>
        <source>--queue needs a number.</source>
        <translation>--queue potrebuje číslo.</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>Neočakávaný argument %1.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Cesta k zástancom</translation>
    </message>
    <message>
        <source>Ready to move on</source>
        <translation>Pripravení posunúť sa ďalej</translation>
    </message>
    <message>
        <source>nobody right now</source>
        <translation>momentálne nikto</translation>
    </message>
    <message>
        <source>Develop next</source>
        <translation>Rozvíjať ďalej</translation>
    </message>
    <message>
        <source>Give and receive: you gave %1, you received %2</source>
        <translation>Dávanie a prijímanie: dali ste %1, dostali ste %2</translation>
    </message>
    <message>
        <source>gave %1, received %2</source>
        <translation>dali ste %1, dostali %2</translation>
    </message>
    <message>
        <source>How many people to suggest developing (default 10).</source>
        <translation>Koľko ľudí navrhnúť na rozvíjanie (predvolene 10).</translation>
    </message>
    <message>
        <source>The champions pipeline: counts per stage, who is ready to move on, whom to develop next, and the give/receive balance.</source>
        <translation>Cesta k zástancom: počty v jednotlivých fázach, kto je pripravený posunúť sa ďalej, koho rozvíjať ďalej a bilancia dávania a prijímania.</translation>
    </message>
    <message>
        <source>--limit needs a number.</source>
        <translation>--limit potrebuje číslo.</translation>
    </message>
    <message>
        <source>Full name as shown.</source>
        <translation>Celé meno, ako sa zobrazuje.</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>Krstné meno.</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Priezvisko.</translation>
    </message>
    <message>
        <source>Company.</source>
        <translation>Firma.</translation>
    </message>
    <message>
        <source>Position or role.</source>
        <translation>Pozícia alebo rola.</translation>
    </message>
    <message>
        <source>Headline.</source>
        <translation>Titulok.</translation>
    </message>
    <message>
        <source>Industry.</source>
        <translation>Odvetvie.</translation>
    </message>
    <message>
        <source>Location.</source>
        <translation>Miesto.</translation>
    </message>
    <message>
        <source>LinkedIn profile URL.</source>
        <translation>URL profilu na LinkedIn.</translation>
    </message>
    <message>
        <source>How you met.</source>
        <translation>Ako ste sa spoznali.</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Poznámky.</translation>
    </message>
    <message>
        <source>Birthday (YYYY-MM-DD or --MM-DD).</source>
        <translation>Narodeniny (RRRR-MM-DD alebo --MM-DD).</translation>
    </message>
    <message>
        <source>E-mail address (repeatable; LABEL:ADDRESS to label it).</source>
        <translation>E-mailová adresa (dá sa opakovať; ŠTÍTOK:ADRESA na pomenovanie).</translation>
    </message>
    <message>
        <source>Phone number (repeatable; LABEL:NUMBER to label it).</source>
        <translation>Telefónne číslo (dá sa opakovať; ŠTÍTOK:ČÍSLO na pomenovanie).</translation>
    </message>
    <message>
        <source>Circle to put the contact in (repeatable).</source>
        <translation>Kruh, do ktorého sa kontakt zaradí (dá sa opakovať).</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Pozícia</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titulok</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Miesto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefón</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Ako sme sa spoznali</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kruhy</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fáza</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Prepojení od</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>In the Trash</source>
        <translation>V koši</translation>
    </message>
    <message>
        <source>Give the contact&apos;s id, e.g. &quot;contacts show 12&quot;.</source>
        <translation>Zadajte ID kontaktu, napr. „contacts show 12“.</translation>
    </message>
    <message>
        <source>list: only contacts matching these words.</source>
        <translation>list: len kontakty, ktoré zodpovedajú týmto slovám.</translation>
    </message>
    <message>
        <source>list: at most this many rows.</source>
        <translation>list: najviac toľko riadkov.</translation>
    </message>
    <message>
        <source>list: archived contacts instead.</source>
        <translation>list: namiesto toho archivované kontakty.</translation>
    </message>
    <message>
        <source>list: contacts in the Trash instead.</source>
        <translation>list: namiesto toho kontakty v koši.</translation>
    </message>
    <message>
        <source>delete: remove for good instead of moving to the Trash.</source>
        <translation>delete: odstrániť natrvalo namiesto presunutia do koša.</translation>
    </message>
    <message>
        <source>list | add | show ID | edit ID | delete ID</source>
        <translation>list | add | show ID | edit ID | delete ID</translation>
    </message>
    <message>
        <source>List, add, show, edit and delete contacts.</source>
        <translation>Vypísať, pridať, zobraziť, upraviť a odstrániť kontakty.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; use list, add, show, edit or delete.</source>
        <translation>Neznáma akcia „%1“; použite list, add, show, edit alebo delete.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit potrebuje kladné číslo.</translation>
    </message>
    <message>
        <source>Added %1 (#%2).</source>
        <translation>Pridaný kontakt %1 (#%2).</translation>
    </message>
    <message>
        <source>Deleted %1 for good.</source>
        <translation>Kontakt %1 bol natrvalo odstránený.</translation>
    </message>
    <message>
        <source>Moved %1 to the Trash.</source>
        <translation>Kontakt %1 bol presunutý do koša.</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity (SQLite integrity and foreign keys, search index).</source>
        <translation>Skontrolovať integritu databázy (integrita SQLite a cudzie kľúče, vyhľadávací index).</translation>
    </message>
    <message>
        <source>%1: ok (schema %2).</source>
        <translation>%1: v poriadku (schéma %2).</translation>
    </message>
    <message>
        <source>Where to write the backup.</source>
        <translation>Kam zapísať zálohu.</translation>
    </message>
    <message>
        <source>Write a verified copy of the database (safe while Rapport is running).</source>
        <translation>Zapísať overenú kópiu databázy (bezpečné aj počas behu Rapportu).</translation>
    </message>
    <message>
        <source>Give the file to write, e.g. &quot;backup ~/rapport-backup.sqlite&quot;.</source>
        <translation>Zadajte súbor, do ktorého sa má zapísať, napr. „backup ~/rapport-backup.sqlite“.</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself.</source>
        <translation>Záloha nemôže prepísať samotnú databázu.</translation>
    </message>
    <message>
        <source>Backed up to %1 (verified).</source>
        <translation>Zálohované do %1 (overené).</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>Záloha, ktorá sa má obnoviť.</translation>
    </message>
    <message>
        <source>Replace the database with a backup. The backup is verified first and the current database is backed up before it is replaced.</source>
        <translation>Nahradiť databázu zálohou. Záloha sa najprv overí a aktuálna databáza sa pred nahradením zálohuje.</translation>
    </message>
    <message>
        <source>Give the backup file to restore.</source>
        <translation>Zadajte súbor so zálohou, ktorá sa má obnoviť.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nič sa neobnovilo: %1</translation>
    </message>
    <message>
        <source>Nothing was restored: the backup of the current database failed: %1</source>
        <translation>Nič sa neobnovilo: zálohovanie aktuálnej databázy zlyhalo: %1</translation>
    </message>
    <message>
        <source>Restored %1. The previous database was saved as %2.</source>
        <translation>Obnovené: %1. Predchádzajúca databáza bola uložená ako %2.</translation>
    </message>
    <message>
        <source>How many sample contacts (default 150).</source>
        <translation>Koľko ukážkových kontaktov (predvolene 150).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same network (default 42).</source>
        <translation>Náhodné semienko; rovnaké semienko dá rovnakú sieť (predvolene 42).</translation>
    </message>
    <message>
        <source>Average conversations per contact who has any (default 6).</source>
        <translation>Priemerný počet rozhovorov na kontakt, ktorý nejaké má (predvolene 6).</translation>
    </message>
    <message>
        <source>Remove the sample data again (your own data stays).</source>
        <translation>Znova odstrániť ukážkové údaje (vaše vlastné údaje zostanú).</translation>
    </message>
    <message>
        <source>Create or remove a sample network to try Rapport with.</source>
        <translation>Vytvoriť alebo odstrániť ukážkovú sieť na vyskúšanie Rapportu.</translation>
    </message>
    <message>
        <source>--contacts needs a number of contacts.</source>
        <translation>--contacts potrebuje počet kontaktov.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed potrebuje celé číslo.</translation>
    </message>
    <message>
        <source>--conversations needs a number.</source>
        <translation>--conversations potrebuje číslo.</translation>
    </message>
    <message>
        <source>Sample data removed.</source>
        <translation>Ukážkové údaje boli odstránené.</translation>
    </message>
    <message>
        <source>Added a sample network: %1 contacts, %2 conversations, %3 follow-ups, %4 introductions, %5 invitations. Remove it with &quot;rapport-cli demo --remove&quot;.</source>
        <translation>Pridaná ukážková sieť: kontakty %1, rozhovory %2, pripomienky %3, sprostredkovania %4, pozvánky %5. Odstránite ju príkazom „rapport-cli demo --remove“.</translation>
    </message>
    <message>
        <source>vcard (= vcard4), vcard3, vcard4, csv or json; by default guessed from the file name.</source>
        <translation>vcard (= vcard4), vcard3, vcard4, csv alebo json; predvolene sa odhadne z názvu súboru.</translation>
    </message>
    <message>
        <source>Only the contacts in this circle.</source>
        <translation>Len kontakty v tomto kruhu.</translation>
    </message>
    <message>
        <source>Only these contacts (comma-separated ids, repeatable).</source>
        <translation>Len tieto kontakty (ID oddelené čiarkami, dá sa opakovať).</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>Súbor, ktorý sa zapíše (ak existuje, nahradí sa).</translation>
    </message>
    <message>
        <source>Export contacts to vCard or CSV, or everything to JSON.</source>
        <translation>Exportovať kontakty do vCard alebo CSV, alebo všetko do JSON.</translation>
    </message>
    <message>
        <source>Give exactly one file to write, e.g. &quot;export --format vcard contacts.vcf&quot;.</source>
        <translation>Zadajte práve jeden súbor na zápis, napr. „export --format vcard contacts.vcf“.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use vcard, vcard3, vcard4, csv or json.</source>
        <translation>Neznámy formát „%1“; použite vcard, vcard3, vcard4, csv alebo json.</translation>
    </message>
    <message>
        <source>Cannot tell the format from &quot;%1&quot;; add --format vcard, vcard3, vcard4, csv or json.</source>
        <translation>Z „%1“ sa nedá určiť formát; pridajte --format vcard, vcard3, vcard4, csv alebo json.</translation>
    </message>
    <message>
        <source>--circle needs a circle name.</source>
        <translation>--circle potrebuje názov kruhu.</translation>
    </message>
    <message>
        <source>--ids needs contact ids separated by commas, e.g. --ids 3,14,15.</source>
        <translation>--ids potrebuje ID kontaktov oddelené čiarkami, napr. --ids 3,14,15.</translation>
    </message>
    <message>
        <source>Export contacts (vCard, CSV) or everything (JSON)</source>
        <translation>Exportovať kontakty (vCard, CSV) alebo všetko (JSON)</translation>
    </message>
    <message>
        <source>format:</source>
        <translation>formát:</translation>
    </message>
    <message>
        <source>added %1, updated %2, merged %3, unchanged %4, skipped %5</source>
        <translation>pridané %1, aktualizované %2, zlúčené %3, nezmenené %4, preskočené %5</translation>
    </message>
    <message>
        <source>%1 hand-edited field(s) kept; the imported values wait for review</source>
        <translation>ponechané ručne upravené polia: %1; importované hodnoty čakajú na kontrolu</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>chyba:</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>riadok %1: </translation>
    </message>
    <message>
        <source>Dry run, nothing was written. Would add %1, update %2, merge %3; %4 unchanged, %5 skipped, %6 error(s).</source>
        <translation>Skúšobný beh, nič sa nezapísalo. Pridalo by sa %1, aktualizovalo %2, zlúčilo %3; nezmenené %4, preskočené %5, chyby %6.</translation>
    </message>
    <message>
        <source>Import #%1: %2 added, %3 updated, %4 merged, %5 unchanged, %6 skipped, %7 error(s). Undo with &quot;rapport-cli import --undo %1&quot;.</source>
        <translation>Import č. %1: pridané %2, aktualizované %3, zlúčené %4, nezmenené %5, preskočené %6, chyby %7. Vrátite ho späť príkazom „rapport-cli import --undo %1“.</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Zatiaľ žiadne importy.</translation>
    </message>
    <message>
        <source>added %1, updated %2, merged %3, unchanged %4, skipped %5, errors %6</source>
        <translation>pridané %1, aktualizované %2, zlúčené %3, nezmenené %4, preskočené %5, chyby %6</translation>
    </message>
    <message>
        <source>LinkedIn export (.zip or unpacked folder), Connections.csv, messages.csv, Invitations.csv, a .vcf file, or a Google/Outlook CSV.</source>
        <translation>Export z LinkedIn (.zip alebo rozbalený priečinok), Connections.csv, messages.csv, Invitations.csv, súbor .vcf alebo CSV z Google či Outlooku.</translation>
    </message>
    <message>
        <source>Show what would change without writing anything.</source>
        <translation>Ukázať, čo by sa zmenilo, bez zápisu.</translation>
    </message>
    <message>
        <source>Import the good rows and list the bad ones (default: a bad row stops the whole import).</source>
        <translation>Importovať dobré riadky a vypísať chybné (predvolene chybný riadok zastaví celý import).</translation>
    </message>
    <message>
        <source>List past imports.</source>
        <translation>Vypísať predchádzajúce importy.</translation>
    </message>
    <message>
        <source>Undo an import: remove what it added, restore what it changed.</source>
        <translation>Vrátiť import späť: odstrániť, čo pridal, a obnoviť, čo zmenil.</translation>
    </message>
    <message>
        <source>Import a network: LinkedIn export, vCard, Google or Outlook contacts.</source>
        <translation>Importovať sieť: export z LinkedIn, vCard, kontakty z Google alebo Outlooku.</translation>
    </message>
    <message>
        <source>Give paths to import, or --list, or --undo BATCH.</source>
        <translation>Zadajte cesty na import alebo --list, alebo --undo DÁVKA.</translation>
    </message>
    <message>
        <source>--undo needs an import number (see --list).</source>
        <translation>--undo potrebuje číslo importu (pozri --list).</translation>
    </message>
    <message>
        <source>Import #%1 undone.</source>
        <translation>Import č. %1 bol vrátený späť.</translation>
    </message>
    <message>
        <source>Who took part (contact id; repeatable).</source>
        <translation>Kto sa zúčastnil (ID kontaktu; dá sa opakovať).</translation>
    </message>
    <message>
        <source>meeting, call, video, message, email or event (default: meeting).</source>
        <translation>meeting, call, video, message, email alebo event (predvolene meeting).</translation>
    </message>
    <message>
        <source>When (YYYY-MM-DD or YYYY-MM-DDTHH:MM; default: now).</source>
        <translation>Kedy (RRRR-MM-DD alebo RRRR-MM-DDTHH:MM; predvolene teraz).</translation>
    </message>
    <message>
        <source>Length in minutes.</source>
        <translation>Dĺžka v minútach.</translation>
    </message>
    <message>
        <source>What you talked about.</source>
        <translation>O čom ste sa rozprávali.</translation>
    </message>
    <message>
        <source>me or them.</source>
        <translation>me alebo them.</translation>
    </message>
    <message>
        <source>It was not a real two-way conversation (e.g. no reply).</source>
        <translation>Nebol to skutočný obojsmerný rozhovor (napr. bez odpovede).</translation>
    </message>
    <message>
        <source>The next step you agreed.</source>
        <translation>Dohodnutý ďalší krok.</translation>
    </message>
    <message>
        <source>When the next step is due (creates a follow-up).</source>
        <translation>Kedy je termín ďalšieho kroku (vytvorí pripomienku).</translation>
    </message>
    <message>
        <source>Record a conversation with one or more contacts.</source>
        <translation>Zaznamenať rozhovor s jedným alebo viacerými kontaktmi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact id.</source>
        <translation>„%1“ nie je ID kontaktu.</translation>
    </message>
    <message>
        <source>Say who took part with --contact ID.</source>
        <translation>Pomocou --contact ID zadajte, kto sa zúčastnil.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use meeting, call, video, message, email or event.</source>
        <translation>Neznámy druh „%1“; použite meeting, call, video, message, email alebo event.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD.</source>
        <translation>„%1“ nie je dátum; použite RRRR-MM-DD.</translation>
    </message>
    <message>
        <source>--duration needs a number of minutes.</source>
        <translation>--duration potrebuje počet minút.</translation>
    </message>
    <message>
        <source>--initiated-by takes me or them.</source>
        <translation>--initiated-by prijíma me alebo them.</translation>
    </message>
    <message>
        <source>--next-due needs --next-step to say what is due.</source>
        <translation>--next-due potrebuje --next-step, ktorý povie, čo treba urobiť.</translation>
    </message>
    <message>
        <source>Logged %1 #%2.</source>
        <translation>Zaznamenané: %1 #%2.</translation>
    </message>
    <message>
        <source>Follow-up due %1.</source>
        <translation>Pripomienka s termínom %1.</translation>
    </message>
    <message>
        <source>Show only the N best-scored contacts.</source>
        <translation>Zobraziť len N kontaktov s najlepším skóre.</translation>
    </message>
    <message>
        <source>Show one contact&apos;s score.</source>
        <translation>Zobraziť skóre jedného kontaktu.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Recompute every score first.</source>
        <translation>Najprv prepočítať všetky skóre.</translation>
    </message>
    <message>
        <source>Relationship scores (0-100) with their tiers and the reasons behind them. Scores are computed first when any are missing.</source>
        <translation>Skóre vzťahov (0 – 100) s úrovňami a dôvodmi. Ak niektoré chýbajú, najprv sa vypočítajú.</translation>
    </message>
    <message>
        <source>--top needs a positive number.</source>
        <translation>--top potrebuje kladné číslo.</translation>
    </message>
    <message>
        <source>--contact needs a contact id.</source>
        <translation>--contact potrebuje ID kontaktu.</translation>
    </message>
    <message>
        <source>No contacts to score.</source>
        <translation>Žiadne kontakty na hodnotenie.</translation>
    </message>
    <message>
        <source>two-way contact sync with a CardDAV server</source>
        <translation>obojsmerná synchronizácia kontaktov so serverom CardDAV</translation>
    </message>
    <message>
        <source>%1, line %2: not a JSON object (%3); skipped.</source>
        <translation>%1, riadok %2: nie je to objekt JSON (%3); preskočené.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, riadok %2: %3</translation>
    </message>
    <message>
        <source>%1 holds no invitations (expected LinkedIn&apos;s Invitations.csv or JSON Lines).</source>
        <translation>%1 neobsahuje pozvánky (očakávaný bol súbor Invitations.csv z LinkedIn alebo JSON Lines).</translation>
    </message>
    <message>
        <source>Invitations.csv or JSON Lines to triage; - reads standard input. Without a file the invitations in the database are triaged and their verdicts saved.</source>
        <translation>Invitations.csv alebo JSON Lines na triedenie; - číta štandardný vstup. Bez súboru sa roztriedia pozvánky v databáze a ich verdikty sa uložia.</translation>
    </message>
    <message>
        <source>Database: also re-triage invitations already decided.</source>
        <translation>Databáza: znova roztriediť aj pozvánky, o ktorých už bolo rozhodnuté.</translation>
    </message>
    <message>
        <source>Record your decision on invitation ID (with --as).</source>
        <translation>Zaznamenať vaše rozhodnutie o pozvánke ID (s --as).</translation>
    </message>
    <message>
        <source>accepted, ignored or flag_wrong (the flag was wrong).</source>
        <translation>accepted, ignored alebo flag_wrong (označenie bolo nesprávne).</translation>
    </message>
    <message>
        <source>Check your own note before sending it.</source>
        <translation>Skontrolovať vlastnú poznámku pred odoslaním.</translation>
    </message>
    <message>
        <source>With --draft: the recipient&apos;s name.</source>
        <translation>S --draft: meno príjemcu.</translation>
    </message>
    <message>
        <source>Flag name-collector connection requests, with the reasons in plain words.</source>
        <translation>Označiť žiadosti o prepojenie od zberateľov mien s dôvodmi vysvetlenými jednoducho.</translation>
    </message>
    <message>
        <source>Give one file at a time.</source>
        <translation>Zadajte naraz len jeden súbor.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Štandardný vstup sa nedá načítať.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>štandardný vstup</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 sa nedá otvoriť: %2</translation>
    </message>
    <message>
        <source>Use --decide ID --as accepted|ignored|flag_wrong.</source>
        <translation>Použite --decide ID --as accepted|ignored|flag_wrong.</translation>
    </message>
    <message>
        <source>Recorded: invitation %1 %2.</source>
        <translation>Zaznamenané: pozvánka %1 %2.</translation>
    </message>
    <message>
        <source>flag name-collector connection requests and say why</source>
        <translation>označiť žiadosti o prepojenie od zberateľov mien a povedať prečo</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found:</source>
        <translation>
            <numerusform>%1: našiel sa %n problém:</numerusform>
            <numerusform>%1: našli sa %n problémy:</numerusform>
            <numerusform>%1: našlo sa %n problémov:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Rapport, a personal-network CRM.</source>
        <translation>Rapport, CRM pre vašu osobnú sieť kontaktov.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Otvoriť tento súbor databázy.</translation>
    </message>
    <message>
        <source>Do not hand over to a running copy of Rapport.</source>
        <translation>Neodovzdávať súbory už spustenému Rapportu.</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Súbory na import.</translation>
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
        <translation>Späť</translation>
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
        <translation> alebo </translation>
    </message>
    <message>
        <source>Do You Know Them?</source>
        <translation>Poznáte ich?</translation>
    </message>
    <message>
        <source>You have never had a real conversation with these people, and nothing says how you met. Do you know them?</source>
        <translation>S týmito ľuďmi ste nikdy skutočne nehovorili a nič nehovorí o tom, ako ste sa spoznali. Poznáte ich?</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Priebeh</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Ponechať</translation>
    </message>
    <message>
        <source>Give Context</source>
        <translation>Doplniť súvislosti</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivovať</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Odstrániť</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Späť</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložiť</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
    <message>
        <source>e.g. a colleague of Jana&apos;s, met at a meetup in 2021</source>
        <translation>napr. kolega Jany, spoznali sme sa na meetupe v roku 2021</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Pozícia:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;How you met:</source>
        <translation>&amp;Ako ste sa spoznali:</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Žiadne zmeny.</translation>
    </message>
    <message>
        <source>Kept %1, gave context for %2, archived %3, deleted %4.</source>
        <translation>Ponechané %1, doplnené súvislosti pre %2, archivované %3, odstránené %4.</translation>
    </message>
    <message>
        <source>Type what they do or how you met, or press Esc to go back.</source>
        <translation>Napíšte, čo robí alebo ako ste sa spoznali, alebo sa vráťte klávesom Esc.</translation>
    </message>
    <message>
        <source>The last change was not made here; undo it from the main window.</source>
        <translation>Posledná zmena nebola urobená tu; vráťte ju späť v hlavnom okne.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln reviewed</source>
        <translation>
            <numerusform>%Ln skontrolovaný</numerusform>
            <numerusform>Všetci %Ln skontrolovaní</numerusform>
            <numerusform>Všetkých %Ln skontrolovaných</numerusform>
        </translation>
    </message>
    <message>
        <source>The list of people to review could not be read.</source>
        <translation>Zoznam ľudí na kontrolu sa nepodarilo načítať.</translation>
    </message>
    <message>
        <source>Nobody to ask about: you have talked with everyone in your network or noted how you met.</source>
        <translation>Nie je sa na koho pýtať: so všetkými vo svojej sieti ste hovorili alebo ste si zaznamenali, ako ste sa spoznali.</translation>
    </message>
    <message>
        <source>That was everyone.</source>
        <translation>To boli všetci.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(bez mena)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 v %2</translation>
    </message>
    <message>
        <source>No position or company noted.</source>
        <translation>Nie je zaznamenaná pozícia ani firma.</translation>
    </message>
    <message>
        <source>Connected on %1.</source>
        <translation>Prepojení od %1.</translation>
    </message>
    <message>
        <source>When you connected is not known.</source>
        <translation>Nie je známe, odkedy ste prepojení.</translation>
    </message>
    <message>
        <source>Their invitation was flagged as a collector&apos;s.</source>
        <translation>Pozvánka bola označená ako od zberateľa.</translation>
    </message>
    <message numerus="yes">
        <source>You reached out %Ln time(s) and never got an answer.</source>
        <translation>
            <numerusform>Ozvali ste sa %Ln-krát a nikdy ste nedostali odpoveď.</numerusform>
            <numerusform>Ozvali ste sa %Ln-krát a nikdy ste nedostali odpoveď.</numerusform>
            <numerusform>Ozvali ste sa %Ln-krát a nikdy ste nedostali odpoveď.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ChampionsView</name>
    <message>
        <source>A first two-way conversation makes a connection a Conversation; two or more spread over time, a Relationship; an introduction or referral they made for you, a Champion.</source>
        <translation>Prvý obojsmerný rozhovor zmení prepojenie na rozhovor; dva alebo viac rozložené v čase na vzťah; sprostredkovanie alebo odporúčanie, ktoré pre vás daná osoba urobila, na zástancu.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Teraz</translation>
    </message>
    <message>
        <source>Has earned</source>
        <translation>Dosiahol</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>Pretože</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fáza</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skóre</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Prečo</translation>
    </message>
    <message>
        <source>You gave</source>
        <translation>Dali ste</translation>
    </message>
    <message>
        <source>You received</source>
        <translation>Dostali ste</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Bilancia</translation>
    </message>
    <message>
        <source>Ready to move on</source>
        <translation>Pripravení posunúť sa ďalej</translation>
    </message>
    <message>
        <source>Develop next</source>
        <translation>Rozvíjať ďalej</translation>
    </message>
    <message>
        <source>Give and take</source>
        <translation>Dávanie a prijímanie</translation>
    </message>
    <message>
        <source>&amp;Promote to Earned Stage</source>
        <translation>&amp;Posunúť do dosiahnutej fázy</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>&amp;Otvoriť kontakt</translation>
    </message>
    <message>
        <source>&amp;Log Conversation With…</source>
        <translation>&amp;Zaznamenať rozhovor s…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Contacts per stage: %1</source>
        <translation>Kontakty podľa fázy: %1</translation>
    </message>
    <message>
        <source>+%1 for them</source>
        <translation>+%1 pre neho/ňu</translation>
    </message>
    <message>
        <source>%1 for you</source>
        <translation>%1 pre vás</translation>
    </message>
    <message>
        <source>even</source>
        <translation>vyrovnané</translation>
    </message>
    <message>
        <source>In all you made %1 and received %2 introductions, referrals or favours.</source>
        <translation>Spolu ste poskytli %1 a dostali %2 sprostredkovaní, odporúčaní alebo láskavostí.</translation>
    </message>
    <message numerus="yes">
        <source>%n champion(s)</source>
        <translation>
            <numerusform>%n zástanca</numerusform>
            <numerusform>%n zástancovia</numerusform>
            <numerusform>%n zástancov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promote %n contact(s)</source>
        <translation>
            <numerusform>Posunúť %n kontakt</numerusform>
            <numerusform>Posunúť %n kontakty</numerusform>
            <numerusform>Posunúť %n kontaktov</numerusform>
        </translation>
    </message>
    <message>
        <source>Promote %1 to %2</source>
        <translation>Posunúť %1 do fázy %2</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) moved on in the pipeline.</source>
        <translation>
            <numerusform>%n kontakt sa posunul ďalej.</numerusform>
            <numerusform>%n kontakty sa posunuli ďalej.</numerusform>
            <numerusform>%n kontaktov sa posunulo ďalej.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hampions</source>
        <translation>&amp;Zástancovia</translation>
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
            <numerusform>%1, %n člen</numerusform>
            <numerusform>%1, %n členovia</numerusform>
            <numerusform>%1, %n členov</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::CirclesView</name>
    <message>
        <source>Enter opens a circle&apos;s members. F2 renames, Delete removes the circle (its members stay). Add contacts to a circle from the Contacts view (Ctrl+G).</source>
        <translation>Enter otvorí členov kruhu. F2 ho premenuje, Delete kruh odstráni (jeho členovia zostanú). Kontakty do kruhu pridáte v zobrazení Kontakty (Ctrl+G).</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kruhy</translation>
    </message>
    <message>
        <source>Show &amp;Members</source>
        <translation>Zobraziť č&amp;lenov</translation>
    </message>
    <message>
        <source>&amp;Delete Circle</source>
        <translation>&amp;Odstrániť kruh</translation>
    </message>
    <message>
        <source>Delete Circle</source>
        <translation>Odstrániť kruh</translation>
    </message>
    <message>
        <source>Delete the circle %1? Its members stay in your contacts.</source>
        <translation>Odstrániť kruh %1? Jeho členovia zostanú vo vašich kontaktoch.</translation>
    </message>
    <message numerus="yes">
        <source>%n circle(s)</source>
        <translation>
            <numerusform>%n kruh</numerusform>
            <numerusform>%n kruhy</numerusform>
            <numerusform>%n kruhov</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ContactDetailPanel</name>
    <message>
        <source>Contact details</source>
        <translation>Podrobnosti kontaktu</translation>
    </message>
    <message>
        <source>Select a contact to see and edit the details.</source>
        <translation>Vyberte kontakt, ak chcete zobraziť a upraviť podrobnosti.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Krstné meno:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Priezvisko:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>P&amp;ozícia:</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Titulok:</translation>
    </message>
    <message>
        <source>Locat&amp;ion:</source>
        <translation>&amp;Miesto:</translation>
    </message>
    <message>
        <source>Lin&amp;kedIn:</source>
        <translation>&amp;LinkedIn:</translation>
    </message>
    <message>
        <source>How we &amp;met:</source>
        <translation>Ako sme sa &amp;spoznali:</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>work</source>
        <translation>práca</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domov</translation>
    </message>
    <message>
        <source>other</source>
        <translation>iné</translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation>E-maily:</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefón</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Telefóny:</translation>
    </message>
    <message>
        <source>Circles, separated by commas</source>
        <translation>Kruhy oddelené čiarkami</translation>
    </message>
    <message>
        <source>Ci&amp;rcles:</source>
        <translation>K&amp;ruhy:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dní</translation>
    </message>
    <message>
        <source>tier default</source>
        <translation>predvolené pre úroveň</translation>
    </message>
    <message>
        <source>Ideal days between conversations</source>
        <translation>Ideálny počet dní medzi rozhovormi</translation>
    </message>
    <message>
        <source>Maximum days between conversations</source>
        <translation>Najviac dní medzi rozhovormi</translation>
    </message>
    <message>
        <source>ideal</source>
        <translation>ideálne</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>najviac</translation>
    </message>
    <message>
        <source>Keep in touch:</source>
        <translation>Zostať v kontakte:</translation>
    </message>
    <message>
        <source>Champion stage</source>
        <translation>Fáza vzťahu</translation>
    </message>
    <message>
        <source>Champion &amp;stage:</source>
        <translation>Fáza &amp;vzťahu:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Pripomienky</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Časová os</translation>
    </message>
    <message>
        <source>Conversations and introductions</source>
        <translation>Rozhovory a sprostredkovania</translation>
    </message>
    <message>
        <source>Edit e-mails</source>
        <translation>Upraviť e-maily</translation>
    </message>
    <message>
        <source>Edit phones</source>
        <translation>Upraviť telefóny</translation>
    </message>
    <message>
        <source>Edit circles</source>
        <translation>Upraviť kruhy</translation>
    </message>
    <message>
        <source>Change cadence</source>
        <translation>Zmeniť rytmus</translation>
    </message>
    <message>
        <source>Change champion stage</source>
        <translation>Zmeniť fázu vzťahu</translation>
    </message>
    <message>
        <source>Score %1 · %2</source>
        <translation>Skóre %1 · %2</translation>
    </message>
</context>
<context>
    <name>rapport::ContactFilterBar</name>
    <message>
        <source>Search names, companies, positions, notes… (Ctrl+F)</source>
        <translation>Hľadať v menách, firmách, pozíciách, poznámkach… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Hľadať kontakty</translation>
    </message>
    <message>
        <source>Filter by circle</source>
        <translation>Filtrovať podľa kruhu</translation>
    </message>
    <message>
        <source>Filter by tier</source>
        <translation>Filtrovať podľa úrovne</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Všetky úrovne</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Zástancovia</translation>
    </message>
    <message>
        <source>Inner circle</source>
        <translation>Vnútorný kruh</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktívni</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Nečinní</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Nazbieraní</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Filter by company</source>
        <translation>Filtrovať podľa firmy</translation>
    </message>
    <message>
        <source>&amp;Never talked</source>
        <translation>&amp;Nikdy nehovorili</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>Po &amp;termíne</translation>
    </message>
    <message>
        <source>All circles</source>
        <translation>Všetky kruhy</translation>
    </message>
</context>
<context>
    <name>rapport::ContactTableModel</name>
    <message>
        <source>never</source>
        <translation>nikdy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Pozícia</translation>
    </message>
    <message>
        <source>Last conversation</source>
        <translation>Posledný rozhovor</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Ďalšia pripomienka</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skóre</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kruhy</translation>
    </message>
</context>
<context>
    <name>rapport::ContactsView</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>&amp;Log Conversation with Selection…</source>
        <translation>&amp;Zaznamenať rozhovor s výberom…</translation>
    </message>
    <message>
        <source>Add to C&amp;ircle…</source>
        <translation>Pridať do k&amp;ruhu…</translation>
    </message>
    <message>
        <source>Set &amp;Cadence…</source>
        <translation>Nastaviť r&amp;ytmus…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivovať</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Presunúť do &amp;koša</translation>
    </message>
    <message>
        <source>&amp;Merge Two Contacts…</source>
        <translation>Z&amp;lúčiť dva kontakty…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakty</numerusform>
            <numerusform>%n kontaktov</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to Circle</source>
        <translation>Pridať do kruhu</translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) to the circle (type a new name to create one):</source>
        <translation>
            <numerusform>Pridať %n kontakt do kruhu (nový kruh vytvoríte zadaním nového názvu):</numerusform>
            <numerusform>Pridať %n kontakty do kruhu (nový kruh vytvoríte zadaním nového názvu):</numerusform>
            <numerusform>Pridať %n kontaktov do kruhu (nový kruh vytvoríte zadaním nového názvu):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n contact(s) to %1.</source>
        <translation>
            <numerusform>Do %1 bol pridaný %n kontakt.</numerusform>
            <numerusform>Do %1 boli pridané %n kontakty.</numerusform>
            <numerusform>Do %1 bolo pridaných %n kontaktov.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived %n contact(s).</source>
        <translation>
            <numerusform>Archivovaný %n kontakt.</numerusform>
            <numerusform>Archivované %n kontakty.</numerusform>
            <numerusform>Archivovaných %n kontaktov.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n contact(s) to the Trash.</source>
        <translation>
            <numerusform>Do koša bol presunutý %n kontakt.</numerusform>
            <numerusform>Do koša boli presunuté %n kontakty.</numerusform>
            <numerusform>Do koša bolo presunutých %n kontaktov.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Contacts</source>
        <translation>Zlúčiť kontakty</translation>
    </message>
    <message>
        <source>Select exactly two contacts to merge.</source>
        <translation>Vyberte presne dva kontakty na zlúčenie.</translation>
    </message>
    <message>
        <source>Merged into %1; the other contact is in the Trash.</source>
        <translation>Zlúčené do %1; druhý kontakt je v koši.</translation>
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
        <translation>Spustiť &amp;audit…</translation>
    </message>
    <message>
        <source>Do you know them? Go through the people you have never talked with.</source>
        <translation>Poznáte ich? Prejdite ľudí, s ktorými ste nikdy nehovorili.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Upozornenia</translation>
    </message>
    <message>
        <source>Contacts by tier</source>
        <translation>Kontakty podľa úrovne</translation>
    </message>
    <message>
        <source>Real relationships in Dunbar&apos;s layers</source>
        <translation>Skutočné vzťahy v Dunbarových vrstvách</translation>
    </message>
    <message>
        <source>Conversations per week, past year</source>
        <translation>Rozhovory za týždeň, posledný rok</translation>
    </message>
    <message>
        <source>Follow-ups due in the last 90 days</source>
        <translation>Pripomienky s termínom za posledných 90 dní</translation>
    </message>
    <message>
        <source>Replies to your outreach</source>
        <translation>Odpovede na vaše oslovenia</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Miera odpovedí</translation>
    </message>
    <message>
        <source>%1 real relationships among %2 contacts; the other %3 are connections only.</source>
        <translation>%1 skutočných vzťahov spomedzi %2 kontaktov; zvyšných %3 sú len prepojenia.</translation>
    </message>
    <message>
        <source>%1 real relationships, %2 contacts</source>
        <translation>Skutočné vzťahy: %1, kontakty: %2</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tier: number of contacts</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Contacts by tier: %1.</source>
        <translation>Kontakty podľa úrovne: %1.</translation>
    </message>
    <message>
        <source>Real relationships</source>
        <translation>Skutočné vzťahy</translation>
    </message>
    <message>
        <source>Closest %1</source>
        <translation>Najbližších %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>Real relationships filling the closest 5, 15, 50 and 150: %1.</source>
        <translation>Skutočné vzťahy v najbližších 5, 15, 50 a 150: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more beyond 150.</source>
        <translation>
            <numerusform>Ďalší %Ln nad 150.</numerusform>
            <numerusform>Ďalší %Ln nad 150.</numerusform>
            <numerusform>Ďalších %Ln nad 150.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Obojsmerné</translation>
    </message>
    <message>
        <source>One way</source>
        <translation>Jednostranné</translation>
    </message>
    <message>
        <source>No conversations in the past 52 weeks.</source>
        <translation>Za posledných 52 týždňov žiadne rozhovory.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s) in the past 52 weeks,</source>
        <translation>
            <numerusform>%Ln rozhovor za posledných 52 týždňov,</numerusform>
            <numerusform>%Ln rozhovory za posledných 52 týždňov,</numerusform>
            <numerusform>%Ln rozhovorov za posledných 52 týždňov,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them both ways.</source>
        <translation>
            <numerusform>z toho %Ln obojsmerný.</numerusform>
            <numerusform>z toho %Ln obojsmerné.</numerusform>
            <numerusform>z toho %Ln obojsmerných.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The busiest was the week of %1, with %Ln.</source>
        <translation>
            <numerusform>Najrušnejší bol týždeň od %1 s počtom %Ln.</numerusform>
            <numerusform>Najrušnejší bol týždeň od %1 s počtom %Ln.</numerusform>
            <numerusform>Najrušnejší bol týždeň od %1 s počtom %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Načas</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Neskoro</translation>
    </message>
    <message>
        <source>Still overdue</source>
        <translation>Stále po termíne</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>slice: count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No follow-ups came due in the last 90 days.</source>
        <translation>Za posledných 90 dní nemala termín žiadna pripomienka.</translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln follow-up(s) due in the last 90 days, %1 done on time, %2 done late, %3 still overdue.</source>
        <translation>
            <numerusform>Z %Ln pripomienky s termínom za posledných 90 dní: načas vybavené %1, neskoro vybavené %2, stále po termíne %3.</numerusform>
            <numerusform>Z %Ln pripomienok s termínom za posledných 90 dní: načas vybavené %1, neskoro vybavené %2, stále po termíne %3.</numerusform>
            <numerusform>Z %Ln pripomienok s termínom za posledných 90 dní: načas vybavené %1, neskoro vybavené %2, stále po termíne %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not started a conversation in the past 52 weeks.</source>
        <translation>Za posledných 52 týždňov ste nezačali žiadny rozhovor.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %Ln conversation(s) you started in the past 52 weeks got a reply; %2 did not.</source>
        <translation>
            <numerusform>Z %Ln rozhovoru, ktorý ste za posledných 52 týždňov začali, dostal odpoveď %1; %2 nie.</numerusform>
            <numerusform>Z %Ln rozhovorov, ktoré ste za posledných 52 týždňov začali, dostalo odpoveď %1; %2 nie.</numerusform>
            <numerusform>Z %Ln rozhovorov, ktoré ste za posledných 52 týždňov začali, dostalo odpoveď %1; %2 nie.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>P&amp;rehľad</translation>
    </message>
    <message>
        <source>Open places</source>
        <translation>Voľné miesta</translation>
    </message>
</context>
<context>
    <name>rapport::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formát</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formát:</translation>
    </message>
    <message>
        <source>&amp;All contacts</source>
        <translation>&amp;Všetky kontakty</translation>
    </message>
    <message>
        <source>The &amp;circle</source>
        <translation>&amp;Kruh</translation>
    </message>
    <message>
        <source>Circle to export</source>
        <translation>Kruh na export</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n contact(s))</source>
        <translation>
            <numerusform>%1 (%n kontakt)</numerusform>
            <numerusform>%1 (%n kontakty)</numerusform>
            <numerusform>%1 (%n kontaktov)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected contacts (%n)</source>
        <translation>
            <numerusform>V&amp;ybrané kontakty (%n)</numerusform>
            <numerusform>V&amp;ybrané kontakty (%n)</numerusform>
            <numerusform>V&amp;ybrané kontakty (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Kontakty:</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Súbor na zápis</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>Vy&amp;brať…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Uložiť ako:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportovať</translation>
    </message>
    <message>
        <source>rapport-contacts</source>
        <translation>rapport-kontakty</translation>
    </message>
    <message>
        <source>For address books and phones. Rapport&apos;s own fields (stage, cadence, how you met) are kept in X-RAPPORT properties, which other programs ignore.</source>
        <translation>Pre adresáre a telefóny. Vlastné polia Rapportu (fáza, rytmus, ako ste sa spoznali) sa ukladajú do vlastností X-RAPPORT, ktoré iné programy ignorujú.</translation>
    </message>
    <message>
        <source>One row per contact for spreadsheets. Cells that start with = + - or @ are written as text, so a spreadsheet never runs them as formulas.</source>
        <translation>Jeden riadok na kontakt pre tabuľkové procesory. Bunky, ktoré začínajú = + - alebo @, sa zapíšu ako text, aby ich tabuľkový procesor nikdy nespustil ako vzorce.</translation>
    </message>
    <message>
        <source>Everything: contacts, conversations, follow-ups, introductions and invitations, in one file any program can read.</source>
        <translation>Všetko: kontakty, rozhovory, pripomienky, sprostredkovania a pozvánky v jednom súbore, ktorý prečíta každý program.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportuje sa…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Vyberte súbor na zápis.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Export bol zrušený; nezapísal sa žiadny súbor.</translation>
    </message>
</context>
<context>
    <name>rapport::FollowUpListModel</name>
    <message>
        <source>Keep in touch</source>
        <translation>Zostať v kontakte</translation>
    </message>
    <message>
        <source>%1 — %2 (overdue)</source>
        <translation>%1 — %2 (po termíne)</translation>
    </message>
    <message>
        <source>%1 — %2 (snoozed)</source>
        <translation>%1 — %2 (odložené)</translation>
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
        <translation>Otvorené pripomienky</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>&amp;Vybavené</translation>
    </message>
    <message>
        <source>Snooze a &amp;Day</source>
        <translation>Odložiť o &amp;deň</translation>
    </message>
    <message>
        <source>Snooze a &amp;Week</source>
        <translation>Odložiť o &amp;týždeň</translation>
    </message>
    <message>
        <source>Snooze &amp;Until…</source>
        <translation>Odložiť d&amp;o…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Presunúť…</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Odložiť</translation>
    </message>
    <message>
        <source>Snooze Until</source>
        <translation>Odložiť do</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Presunúť</translation>
    </message>
</context>
<context>
    <name>rapport::ImportHistoryDialog</name>
    <message>
        <source>Imported</source>
        <translation>Importované</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Vrátené späť</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Zlyhalo</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Prerušené</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>História importov</translation>
    </message>
    <message>
        <source>Every import is kept as one batch. Undoing one removes what it added and puts back what it changed; imports are undone newest first.</source>
        <translation>Každý import sa uchováva ako jedna dávka. Jej vrátenie odstráni, čo pridala, a obnoví, čo zmenila; importy sa vracajú od najnovšieho.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kedy</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Súbor</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formát</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Pridané</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualizované</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Preskočené</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Súhrn</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importy</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>&amp;Vrátiť import späť…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Vaša hodnota</translation>
    </message>
    <message>
        <source>Imported value</source>
        <translation>Importovaná hodnota</translation>
    </message>
    <message>
        <source>Import #</source>
        <translation>Import č.</translation>
    </message>
    <message>
        <source>Questions from imports</source>
        <translation>Otázky z importov</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Ponechať moju</translation>
    </message>
    <message>
        <source>Use &amp;Imported</source>
        <translation>Použiť &amp;importovanú</translation>
    </message>
    <message>
        <source>No open questions: imports never overwrite what you edited by hand.</source>
        <translation>Žiadne otvorené otázky: importy nikdy neprepíšu, čo ste upravili ručne.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) you edited by hand differ from what an import brought. Nothing was overwritten; choose which value to keep.</source>
        <translation>
            <numerusform>%n ručne upravené pole sa líši od toho, čo priniesol import. Nič sa neprepísalo; vyberte, ktorá hodnota zostane.</numerusform>
            <numerusform>%n ručne upravené polia sa líšia od toho, čo priniesol import. Nič sa neprepísalo; vyberte, ktorá hodnota zostane.</numerusform>
            <numerusform>%n ručne upravených polí sa líši od toho, čo priniesol import. Nič sa neprepísalo; vyberte, ktorá hodnota zostane.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Vrátiť import späť</translation>
    </message>
    <message>
        <source>Undo import #%1? What it added is removed and the values it changed are put back.</source>
        <translation>Vrátiť späť import č. %1? Čo pridal, sa odstráni a hodnoty, ktoré zmenil, sa obnovia.</translation>
    </message>
</context>
<context>
    <name>rapport::ImportPickPage</name>
    <message>
        <source>Choose What to Import</source>
        <translation>Vyberte, čo importovať</translation>
    </message>
    <message>
        <source>A LinkedIn export (the .zip file or its unpacked folder), single LinkedIn CSV files, vCard files (.vcf), or a Google or Outlook contacts CSV. You can also drop files or folders on this page.</source>
        <translation>Export z LinkedIn (súbor .zip alebo jeho rozbalený priečinok), jednotlivé súbory CSV z LinkedIn, súbory vCard (.vcf) alebo CSV s kontaktmi z Google či Outlooku. Súbory alebo priečinky môžete na túto stránku aj pretiahnuť.</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Cesta:</translation>
    </message>
    <message>
        <source>Files or folder to import</source>
        <translation>Súbory alebo priečinok na import</translation>
    </message>
    <message>
        <source>A file, a folder or a .zip; separate several with ;</source>
        <translation>Súbor, priečinok alebo .zip; viac ich oddeľte znakom ;</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>Vybrať &amp;súbor…</translation>
    </message>
    <message>
        <source>Choose files</source>
        <translation>Vybrať súbory</translation>
    </message>
    <message>
        <source>Choose F&amp;older…</source>
        <translation>Vybrať &amp;priečinok…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Vybrať priečinok</translation>
    </message>
    <message>
        <source>Problem with the chosen path</source>
        <translation>Problém s vybranou cestou</translation>
    </message>
    <message>
        <source>Drop files or folders here</source>
        <translation>Sem pretiahnite súbory alebo priečinky</translation>
    </message>
    <message>
        <source>Drop area for files and folders</source>
        <translation>Oblasť na pretiahnutie súborov a priečinkov</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>Taký súbor ani priečinok neexistuje: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>LinkedIn export or address book (*.zip *.csv *.vcf *.vcard);;All files (*)</source>
        <translation>Export z LinkedIn alebo adresár (*.zip *.csv *.vcf *.vcard);;Všetky súbory (*)</translation>
    </message>
    <message>
        <source>Import a Folder</source>
        <translation>Importovať priečinok</translation>
    </message>
</context>
<context>
    <name>rapport::ImportPreviewPage</name>
    <message>
        <source>Check What Will Be Imported</source>
        <translation>Skontrolujte, čo sa naimportuje</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Stav ukážky</translation>
    </message>
    <message>
        <source>Reading the files</source>
        <translation>Načítavajú sa súbory</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Súbory na import</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Súbor</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formát</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Riadky</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nové</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualizované</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zlúčené</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Nezmenené</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Preskočené</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problémy</translation>
    </message>
    <message>
        <source>Sample title</source>
        <translation>Ukážkový názov</translation>
    </message>
    <message>
        <source>First rows of the selected file</source>
        <translation>Prvé riadky vybraného súboru</translation>
    </message>
    <message>
        <source>Details of the selected file</source>
        <translation>Podrobnosti vybraného súboru</translation>
    </message>
    <message>
        <source>Rows that cannot be read</source>
        <translation>Riadky, ktoré sa nedajú načítať</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riadok</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problém</translation>
    </message>
    <message>
        <source>Import the good rows and &amp;skip the bad ones</source>
        <translation>Importovať dobré riadky a &amp;preskočiť chybné</translation>
    </message>
    <message>
        <source>Import the good rows and skip the bad ones</source>
        <translation>Importovať dobré riadky a preskočiť chybné</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Čo import urobí</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s) or folder(s)…</source>
        <translation>
            <numerusform>Načítava sa %n súbor alebo priečinok…</numerusform>
            <numerusform>Načítavajú sa %n súbory alebo priečinky…</numerusform>
            <numerusform>Načítava sa %n súborov alebo priečinkov…</numerusform>
        </translation>
    </message>
    <message>
        <source>The database could not be opened for the preview: %1</source>
        <translation>Databázu sa nepodarilo otvoriť pre ukážku: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read.</source>
        <translation>
            <numerusform>Načítaný %n súbor.</numerusform>
            <numerusform>Načítané %n súbory.</numerusform>
            <numerusform>Načítaných %n súborov.</numerusform>
        </translation>
    </message>
    <message>
        <source>First rows of %1</source>
        <translation>Prvé riadky súboru %1</translation>
    </message>
    <message>
        <source>Detected format: %1.</source>
        <translation>Rozpoznaný formát: %1.</translation>
    </message>
    <message>
        <source>Encoding: %1.</source>
        <translation>Kódovanie: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read, %1 to import.</source>
        <translation>
            <numerusform>Načítaný %n riadok, na import %1.</numerusform>
            <numerusform>Načítané %n riadky, na import %1.</numerusform>
            <numerusform>Načítaných %n riadkov, na import %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>Nedá sa nič importovať: %1</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 merged, %4 unchanged, %5 skipped; %6 conflict(s) with your own edits to review afterwards.</source>
        <translation>nové %1, aktualizované %2, zlúčené %3, nezmenené %4, preskočené %5; konflikty s vašimi vlastnými úpravami na neskoršiu kontrolu: %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read. Nothing will be imported until they are fixed or skipped.</source>
        <translation>
            <numerusform>%n riadok sa nedá načítať. Nič sa neimportuje, kým sa neopraví alebo nepreskočí.</numerusform>
            <numerusform>%n riadky sa nedajú načítať. Nič sa neimportuje, kým sa neopravia alebo nepreskočia.</numerusform>
            <numerusform>%n riadkov sa nedá načítať. Nič sa neimportuje, kým sa neopravia alebo nepreskočia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) will be skipped. The rest: %1</source>
        <translation>
            <numerusform>%n chybný riadok sa preskočí. Zvyšok: %1</numerusform>
            <numerusform>%n chybné riadky sa preskočia. Zvyšok: %1</numerusform>
            <numerusform>%n chybných riadkov sa preskočí. Zvyšok: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import: %1</source>
        <translation>Pripravené na import: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Prebieha import</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Stav importu</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Priebeh importu</translation>
    </message>
    <message>
        <source>Cancel stops the import and puts everything back as it was.</source>
        <translation>Zrušiť zastaví import a všetko vráti do pôvodného stavu.</translation>
    </message>
    <message>
        <source>Why nothing was imported</source>
        <translation>Prečo sa nič neimportovalo</translation>
    </message>
    <message>
        <source>Start &amp;Over</source>
        <translation>Začať &amp;odznova</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Začať odznova</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importuje sa…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>Cancelling: putting everything back as it was…</source>
        <translation>Ruší sa: všetko sa vracia do pôvodného stavu…</translation>
    </message>
    <message>
        <source>Importing… %1 of %2 records</source>
        <translation>Importuje sa… %1 z %2 záznamov</translation>
    </message>
    <message>
        <source>Nothing was imported: the database could not be opened: %1</source>
        <translation>Nič sa neimportovalo: databázu sa nepodarilo otvoriť: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Zrušené: nič sa neimportovalo.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nič sa neimportovalo: %1</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, riadok %2: %3</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hotovo.</translation>
    </message>
</context>
<context>
    <name>rapport::ImportSummaryPage</name>
    <message>
        <source>Import Finished</source>
        <translation>Import je dokončený</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Výsledok importu</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Importované súbory</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Súbor</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formát</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Pridané</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualizované</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zlúčené</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Nezmenené</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Preskočené</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problémy</translation>
    </message>
    <message>
        <source>Notes and skipped rows</source>
        <translation>Poznámky a preskočené riadky</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riadok</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Konflikty na kontrolu</translation>
    </message>
    <message>
        <source>Fields you edited that the import would change</source>
        <translation>Vami upravené polia, ktoré by import zmenil</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Vaša hodnota</translation>
    </message>
    <message>
        <source>Imported value</source>
        <translation>Importovaná hodnota</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Ponechať moju</translation>
    </message>
    <message>
        <source>Keep my value</source>
        <translation>Ponechať moju hodnotu</translation>
    </message>
    <message>
        <source>&amp;Use Imported</source>
        <translation>Po&amp;užiť importovanú</translation>
    </message>
    <message>
        <source>Use the imported value</source>
        <translation>Použiť importovanú hodnotu</translation>
    </message>
    <message>
        <source>Why the answer was not saved</source>
        <translation>Prečo sa odpoveď neuložila</translation>
    </message>
    <message>
        <source>Import #%1 is done: %2 added, %3 updated, %4 merged, %5 unchanged, %6 skipped. File › Import History can undo it.</source>
        <translation>Import č. %1 je dokončený: pridané %2, aktualizované %3, zlúčené %4, nezmenené %5, preskočené %6. Vrátiť ho môžete cez Súbor › História importov.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Neimportované: %1</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Žiadne konflikty na kontrolu.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) you had edited differ from the import. Choose which value to keep:</source>
        <translation>
            <numerusform>%n vami upravené pole sa líši od importu. Vyberte, ktorá hodnota zostane:</numerusform>
            <numerusform>%n vami upravené polia sa líšia od importu. Vyberte, ktorá hodnota zostane:</numerusform>
            <numerusform>%n vami upravených polí sa líši od importu. Vyberte, ktorá hodnota zostane:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import wizard</source>
        <translation>Sprievodca importom</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Späť</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Ďalej</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Dokončiť</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importovať</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zavrieť</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>celý súbor</translation>
    </message>
</context>
<context>
    <name>rapport::InvitationListModel</name>
    <message>
        <source>Not analysed yet</source>
        <translation>Zatiaľ neanalyzované</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <extracomment>%1 verdict (&quot;Name collector&quot;, &quot;Genuine&quot;), %2 how sure the detector is of it, in percent</extracomment>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Prijatá</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorovaná</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Čaká</translation>
    </message>
    <message>
        <source>%1, verdict flagged wrong</source>
        <extracomment>%1 status (&quot;Pending&quot;); the user said the verdict was wrong</extracomment>
        <translation>%1, verdikt označený ako nesprávny</translation>
    </message>
    <message>
        <source>Unnamed sender</source>
        <translation>Nepomenovaný odosielateľ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titulok</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdikt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Prijaté</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>%1% likely to come from someone collecting names</source>
        <translation>Na %1 % od niekoho, kto zbiera mená</translation>
    </message>
    <message>
        <source>The percentage is how sure Rapport is of the verdict.</source>
        <translation>Percento vyjadruje, nakoľko si je Rapport verdiktom istý.</translation>
    </message>
</context>
<context>
    <name>rapport::InvitationsView</name>
    <message>
        <source>Not analysed yet</source>
        <translation>Zatiaľ neanalyzované</translation>
    </message>
    <message>
        <source>Unclear: could be either (%1% likely to be a name collector)</source>
        <translation>Nejasné: môže to byť oboje (pravdepodobnosť zberateľa mien %1 %)</translation>
    </message>
    <message>
        <source>You said this verdict is wrong.</source>
        <translation>Tento verdikt ste označili ako nesprávny.</translation>
    </message>
    <message numerus="yes">
        <source>%n mutual connection(s)</source>
        <translation>
            <numerusform>%n spoločný kontakt</numerusform>
            <numerusform>%n spoločné kontakty</numerusform>
            <numerusform>%n spoločných kontaktov</numerusform>
        </translation>
    </message>
    <message>
        <source>Mutual connections not known</source>
        <translation>Spoločné kontakty nie sú známe</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) in their network</source>
        <translation>
            <numerusform>%n kontakt v jeho sieti</numerusform>
            <numerusform>%n kontakty v jeho sieti</numerusform>
            <numerusform>%n kontaktov v jeho sieti</numerusform>
        </translation>
    </message>
    <message>
        <source>Network size not known</source>
        <translation>Veľkosť siete nie je známa</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Prijaté %1</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Prijať</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorovať</translation>
    </message>
    <message>
        <source>&amp;Flag Verdict as Wrong</source>
        <translation>Označiť verdikt ako &amp;nesprávny</translation>
    </message>
    <message>
        <source>Ask for &amp;Context</source>
        <translation>Opýtať sa na &amp;súvislosti</translation>
    </message>
    <message>
        <source>&amp;Write a Note…</source>
        <translation>Napísať p&amp;oznámku…</translation>
    </message>
    <message>
        <source>&amp;Re-analyse Pending</source>
        <translation>Znova &amp;analyzovať čakajúce</translation>
    </message>
    <message>
        <source>Accept: adds the sender to your contacts (or links the one you have)</source>
        <translation>Prijať: pridá odosielateľa do vašich kontaktov (alebo prepojí existujúci)</translation>
    </message>
    <message>
        <source>Copies a polite reply asking how they came across you</source>
        <translation>Skopíruje zdvorilú odpoveď s otázkou, ako na vás narazil</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Čakajúce</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Všetky</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zobraziť:</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Akýkoľvek verdikt</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Verdikt:</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Pozvánky</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Správa:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Správa</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>P&amp;rečo:</translation>
    </message>
    <message>
        <source>Reasons for the verdict</source>
        <translation>Dôvody verdiktu</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>Otvoriť &amp;kontakt</translation>
    </message>
    <message>
        <source>Only a clear verdict (genuine or name collector) can be flagged as wrong.</source>
        <translation>Ako nesprávny sa dá označiť len jednoznačný verdikt (skutočná alebo zberateľ mien).</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n invitation(s).</source>
        <translation>
            <numerusform>Prijatá %n pozvánka.</numerusform>
            <numerusform>Prijaté %n pozvánky.</numerusform>
            <numerusform>Prijatých %n pozvánok.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) added.</source>
        <translation>
            <numerusform>Pridaný %n nový kontakt.</numerusform>
            <numerusform>Pridané %n nové kontakty.</numerusform>
            <numerusform>Pridaných %n nových kontaktov.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked to existing contacts.</source>
        <translation>
            <numerusform>%n prepojený s existujúcim kontaktom.</numerusform>
            <numerusform>%n prepojené s existujúcimi kontaktmi.</numerusform>
            <numerusform>%n prepojených s existujúcimi kontaktmi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n invitation(s).</source>
        <translation>
            <numerusform>Ignorovaná %n pozvánka.</numerusform>
            <numerusform>Ignorované %n pozvánky.</numerusform>
            <numerusform>Ignorovaných %n pozvánok.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Noted: %n verdict(s) flagged as wrong, and Rapport has learned from it. Re-analyse (%1) to apply that to the other pending invitations.</source>
        <translation>
            <numerusform>Zaznamenané: %n verdikt označený ako nesprávny a Rapport sa z toho poučil. Ak to chcete použiť na ostatné čakajúce pozvánky, analyzujte ich znova (%1).</numerusform>
            <numerusform>Zaznamenané: %n verdikty označené ako nesprávne a Rapport sa z toho poučil. Ak to chcete použiť na ostatné čakajúce pozvánky, analyzujte ich znova (%1).</numerusform>
            <numerusform>Zaznamenané: %n verdiktov označených ako nesprávne a Rapport sa z toho poučil. Ak to chcete použiť na ostatné čakajúce pozvánky, analyzujte ich znova (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>To %1:</source>
        <translation>Pre %1:</translation>
    </message>
    <message>
        <source>Copied a reply asking %1 how they came across you; paste it into your answer on LinkedIn.</source>
        <translation>Skopírovaná odpoveď pre %1 s otázkou, ako na vás narazil; vložte ju do svojej odpovede na LinkedIn.</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>odosielateľa</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n replies asking how they came across you, one per sender.</source>
        <translation>
            <numerusform>Skopírovaná %n odpoveď s otázkou, ako na vás narazil.</numerusform>
            <numerusform>Skopírované %n odpovede s otázkou, ako na vás narazili, jedna pre každého odosielateľa.</numerusform>
            <numerusform>Skopírovaných %n odpovedí s otázkou, ako na vás narazili, jedna pre každého odosielateľa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Analysed %n pending invitation(s) again.</source>
        <translation>
            <numerusform>Znova analyzovaná %n čakajúca pozvánka.</numerusform>
            <numerusform>Znova analyzované %n čakajúce pozvánky.</numerusform>
            <numerusform>Znova analyzovaných %n čakajúcich pozvánok.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Analysed %n new invitation(s).</source>
        <translation>
            <numerusform>Analyzovaná %n nová pozvánka.</numerusform>
            <numerusform>Analyzované %n nové pozvánky.</numerusform>
            <numerusform>Analyzovaných %n nových pozvánok.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an invitation to read its message and why Rapport judged it so.</source>
        <translation>Vyberte pozvánku, ak si chcete prečítať jej správu a zistiť, prečo ju Rapport takto posúdil.</translation>
    </message>
    <message>
        <source>No invitations here. Import your LinkedIn data to see the connection requests you received.</source>
        <translation>Nie sú tu žiadne pozvánky. Importujte svoje údaje z LinkedIn a uvidíte prijaté žiadosti o prepojenie.</translation>
    </message>
    <message>
        <source>Unnamed sender</source>
        <translation>Nepomenovaný odosielateľ</translation>
    </message>
    <message>
        <source>Not analysed yet.</source>
        <translation>Zatiaľ neanalyzované.</translation>
    </message>
    <message>
        <source>No particular signs either way.</source>
        <translation>Žiadne zvláštne znaky ani jedným smerom.</translation>
    </message>
    <message numerus="yes">
        <source>%n pending invitation(s)</source>
        <translation>
            <numerusform>%n čakajúca pozvánka</numerusform>
            <numerusform>%n čakajúce pozvánky</numerusform>
            <numerusform>%n čakajúcich pozvánok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%n pozvánka</numerusform>
            <numerusform>%n pozvánky</numerusform>
            <numerusform>%n pozvánok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from name collectors</source>
        <translation>
            <numerusform>%n od zberateľa mien</numerusform>
            <numerusform>%n od zberateľov mien</numerusform>
            <numerusform>%n od zberateľov mien</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Invitation</source>
        <translation>Po&amp;zvánka</translation>
    </message>
    <message>
        <source>Looks like a name collector (%1% sure)</source>
        <translation>Vyzerá ako zberateľ mien (istota %1 %)</translation>
    </message>
    <message>
        <source>Looks genuine (%1% sure)</source>
        <translation>Vyzerá ako skutočná (istota %1 %)</translation>
    </message>
</context>
<context>
    <name>rapport::LabeledValuesEditor</name>
    <message>
        <source>Label</source>
        <translation>Štítok</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Pridať: %1</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Remove the selected %1</source>
        <translation>Odstrániť vybraný záznam (%1)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Odstrániť: %1</translation>
    </message>
</context>
<context>
    <name>rapport::LogConversationDialog</name>
    <message>
        <source>Log Conversation</source>
        <translation>Zaznamenať rozhovor</translation>
    </message>
    <message>
        <source>Type a name and press Enter</source>
        <translation>Zadajte meno a stlačte Enter</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Pridať kontakt</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;S kým:</translation>
    </message>
    <message>
        <source>Contacts in this conversation (Delete removes)</source>
        <translation>Kontakty v tomto rozhovore (Delete odstráni)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odstrániť</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Druh:</translation>
    </message>
    <message>
        <source>Who reached out</source>
        <translation>Kto sa ozval</translation>
    </message>
    <message>
        <source>I did</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>They did</source>
        <translation>Oni</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Neviem</translation>
    </message>
    <message>
        <source>Who &amp;reached out:</source>
        <translation>Kto sa &amp;ozval:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kedy</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>&amp;Kedy:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nezaznamenané</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dĺžka v minútach</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>Dĺ&amp;žka:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zhrnutie</translation>
    </message>
    <message>
        <source>What did you talk about?</source>
        <translation>O čom ste sa rozprávali?</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zhrnutie:</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Ďalší krok</translation>
    </message>
    <message>
        <source>e.g. send the deck</source>
        <translation>napr. poslať prezentáciu</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>Ď&amp;alší krok:</translation>
    </message>
    <message>
        <source>Follow &amp;up on</source>
        <translation>&amp;Pripomenúť</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Dátum pripomienky</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>Zazna&amp;menať</translation>
    </message>
</context>
<context>
    <name>rapport::MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigácia</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>História krokov späť</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;otvorené&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>História krokov späť</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Súbor</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Nový kontakt…</translation>
    </message>
    <message>
        <source>&amp;Log Conversation…</source>
        <translation>&amp;Zaznamenať rozhovor…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importovať…</translation>
    </message>
    <message>
        <source>Explore &amp;Sample Data</source>
        <translation>&amp;Preskúmať ukážkové údaje</translation>
    </message>
    <message>
        <source>&amp;Remove Sample Data</source>
        <translation>O&amp;dstrániť ukážkové údaje</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Otvoriť databázu…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Koniec</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Upraviť</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Späť</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Znova</translation>
    </message>
    <message>
        <source>&amp;Find Contacts</source>
        <translation>&amp;Hľadať kontakty</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Nastavenia…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Prejsť</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;cník</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>&amp;O Rapporte</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>O Rapporte</translation>
    </message>
    <message>
        <source>Rapport %1 — a personal-network CRM for a small, real network.</source>
        <translation>Rapport %1 – CRM pre malú, skutočnú osobnú sieť kontaktov.</translation>
    </message>
    <message>
        <source>Today&apos;s backup failed: %1</source>
        <translation>Dnešná záloha zlyhala: %1</translation>
    </message>
    <message>
        <source>%1 — Rapport</source>
        <translation>%1 — Rapport</translation>
    </message>
    <message>
        <source>Conversation logged.</source>
        <translation>Rozhovor bol zaznamenaný.</translation>
    </message>
    <message>
        <source>Sample Data</source>
        <translation>Ukážkové údaje</translation>
    </message>
    <message numerus="yes">
        <source>Added a sample network of %n people. File › Remove Sample Data takes it away.</source>
        <translation>
            <numerusform>Pridaná ukážková sieť s %n osobou. Súbor › Odstrániť ukážkové údaje ju znova odstráni.</numerusform>
            <numerusform>Pridaná ukážková sieť s %n osobami. Súbor › Odstrániť ukážkové údaje ju znova odstráni.</numerusform>
            <numerusform>Pridaná ukážková sieť s %n osobami. Súbor › Odstrániť ukážkové údaje ju znova odstráni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Sample Data</source>
        <translation>Odstrániť ukážkové údaje</translation>
    </message>
    <message>
        <source>Remove the sample contacts and everything recorded about them?</source>
        <translation>Odstrániť ukážkové kontakty a všetko, čo sa o nich zaznamenalo?</translation>
    </message>
    <message>
        <source>The sample data was removed.</source>
        <translation>Ukážkové údaje boli odstránené.</translation>
    </message>
    <message>
        <source>Open or Create a Database</source>
        <translation>Otvoriť alebo vytvoriť databázu</translation>
    </message>
    <message>
        <source>Rapport databases (*.sqlite *.db);;All files (*)</source>
        <translation>Databázy Rapportu (*.sqlite *.db);;Všetky súbory (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Otvoriť databázu</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>&amp;História importov…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportovať…</translation>
    </message>
    <message>
        <source>Import #%1: %2 added, %3 updated, %4 unchanged, %5 skipped. File › Import History can undo it.</source>
        <translation>Import č. %1: pridané %2, aktualizované %3, nezmenené %4, preskočené %5. Vrátiť ho môžete cez Súbor › História importov.</translation>
    </message>
    <message>
        <source>Scores could not be updated: %1</source>
        <translation>Skóre sa nepodarilo aktualizovať: %1</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>&amp;Synchronizácia…</translation>
    </message>
    <message>
        <source>Sync No&amp;w</source>
        <translation>Synchronizovať &amp;teraz</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>Zr&amp;ušiť synchronizáciu</translation>
    </message>
</context>
<context>
    <name>rapport::MergeContactsDialog</name>
    <message>
        <source>Merge Contacts</source>
        <translation>Zlúčiť kontakty</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Ponechať</translation>
    </message>
    <message>
        <source>Choose the value to keep where the two differ. E-mails, phones, circles, conversations, follow-ups and introductions of both are kept; the other contact goes to the Trash. Undo puts everything back.</source>
        <translation>Kde sa kontakty líšia, vyberte hodnotu, ktorá sa ponechá. E-maily, telefóny, kruhy, rozhovory, pripomienky a sprostredkovania oboch sa zachovajú; druhý kontakt sa presunie do koša. Krok späť všetko vráti.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No conflicting fields.</source>
        <translation>Žiadne rozdielne polia.</translation>
    </message>
</context>
<context>
    <name>rapport::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Správa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Zavrieť správu</translation>
    </message>
</context>
<context>
    <name>rapport::NavigationPane</name>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
</context>
<context>
    <name>rapport::NewContactDialog</name>
    <message>
        <source>New Contact</source>
        <translation>Nový kontakt</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Krstné meno:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Krstné meno</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Priezvisko:</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Priezvisko</translation>
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
        <translation>P&amp;ozícia:</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Pozícia</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;How we met:</source>
        <translation>Ako sme sa &amp;spoznali:</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Ako sme sa spoznali</translation>
    </message>
    <message>
        <source>work</source>
        <translation>práca</translation>
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
        <translation>Prečo teraz</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termín</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Úroveň</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) overdue)</source>
        <translation>
            <numerusform>%1 (%n deň po termíne)</numerusform>
            <numerusform>%1 (%n dni po termíne)</numerusform>
            <numerusform>%1 (%n dní po termíne)</numerusform>
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
        <translation>Termín dnes</translation>
    </message>
    <message>
        <source>This week&apos;s follow-ups</source>
        <translation>Pripomienky na tento týždeň</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>&amp;Vybavené</translation>
    </message>
    <message>
        <source>Snooze a &amp;Day</source>
        <translation>Odložiť o &amp;deň</translation>
    </message>
    <message>
        <source>Snooze a &amp;Week</source>
        <translation>Odložiť o &amp;týždeň</translation>
    </message>
    <message>
        <source>Snooze &amp;Until…</source>
        <translation>Odložiť d&amp;o…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Presunúť…</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>Otvoriť &amp;kontakt</translation>
    </message>
    <message>
        <source>&amp;Log Conversation With…</source>
        <translation>&amp;Zaznamenať rozhovor s…</translation>
    </message>
    <message>
        <source>&amp;Previous Week</source>
        <translation>Pr&amp;edchádzajúci týždeň</translation>
    </message>
    <message>
        <source>&amp;Next Week</source>
        <translation>Ď&amp;alší týždeň</translation>
    </message>
    <message>
        <source>&amp;This Week</source>
        <translation>Tento tý&amp;ždeň</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Ukážka tlače…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>T&amp;lačiť…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Exportovať do PD&amp;F…</translation>
    </message>
    <message>
        <source>Export to &amp;Calendar…</source>
        <translation>Exportovať do kale&amp;ndára…</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportovať do PDF</translation>
    </message>
    <message>
        <source>follow-ups-%1.pdf</source>
        <translation>pripomienky-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Súbory PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The week&apos;s list was saved as %1.</source>
        <translation>Týždenný zoznam bol uložený ako %1.</translation>
    </message>
    <message>
        <source>Export to Calendar</source>
        <translation>Exportovať do kalendára</translation>
    </message>
    <message>
        <source>follow-ups-%1.ics</source>
        <translation>pripomienky-%1.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Súbory iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>The week&apos;s follow-ups were saved as %1.</source>
        <translation>Pripomienky na týždeň boli uložené ako %1.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Tento týždeň</translation>
    </message>
    <message>
        <source>Group the list</source>
        <translation>Zoskupiť zoznam</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Podľa dňa</translation>
    </message>
    <message>
        <source>By priority</source>
        <translation>Podľa priority</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Dnes</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Týždeň</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Dnes, %1</translation>
    </message>
    <message>
        <source>Nothing is due today. A good day to have a real conversation.</source>
        <translation>Dnes nie je nič na programe. Dobrý deň na skutočný rozhovor.</translation>
    </message>
    <message numerus="yes">
        <source>%n to get in touch with</source>
        <translation>
            <numerusform>%n kontakt na oslovenie</numerusform>
            <numerusform>%n kontakty na oslovenie</numerusform>
            <numerusform>%n kontaktov na oslovenie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, z toho %n po termíne</numerusform>
            <numerusform>, z toho %n po termíne</numerusform>
            <numerusform>, z toho %n po termíne</numerusform>
        </translation>
    </message>
    <message>
        <source>. Best first: work down the list, one call at a time.</source>
        <translation>. Najdôležitejší sú navrchu: prejdite zoznam, jeden hovor za druhým.</translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n s termínom dnes</numerusform>
            <numerusform>%n s termínom dnes</numerusform>
            <numerusform>%n s termínom dnes</numerusform>
        </translation>
    </message>
    <message>
        <source>This week — %1</source>
        <translation>Tento týždeň – %1</translation>
    </message>
    <message>
        <source>Nothing planned for this week.</source>
        <translation>Na tento týždeň nie je nič naplánované.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) this week</source>
        <translation>
            <numerusform>%n pripomienka tento týždeň</numerusform>
            <numerusform>%n pripomienky tento týždeň</numerusform>
            <numerusform>%n pripomienok tento týždeň</numerusform>
        </translation>
    </message>
    <message>
        <source>. Keep-in-touch reminders for a future week are projected (in italics) and saved when the week comes.</source>
        <translation>. Pripomienky na udržanie kontaktu pre budúci týždeň sú len predpoveď (kurzívou) a uložia sa, keď týždeň nastane.</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n follow-up(s) done</source>
        <translation>
            <numerusform>Vybaviť %n pripomienku</numerusform>
            <numerusform>Vybaviť %n pripomienky</numerusform>
            <numerusform>Vybaviť %n pripomienok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) done.</source>
        <translation>
            <numerusform>Vybavená %n pripomienka.</numerusform>
            <numerusform>Vybavené %n pripomienky.</numerusform>
            <numerusform>Vybavených %n pripomienok.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n follow-up(s)</source>
        <translation>
            <numerusform>Odložiť %n pripomienku</numerusform>
            <numerusform>Odložiť %n pripomienky</numerusform>
            <numerusform>Odložiť %n pripomienok</numerusform>
        </translation>
    </message>
    <message>
        <source>Snooze Until</source>
        <translation>Odložiť do</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Presunúť</translation>
    </message>
    <message numerus="yes">
        <source>Reschedule %n follow-up(s)</source>
        <translation>
            <numerusform>Presunúť %n pripomienku</numerusform>
            <numerusform>Presunúť %n pripomienky</numerusform>
            <numerusform>Presunúť %n pripomienok</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups %1</source>
        <translation>Pripomienky %1</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Ukážka tlače – %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 sa nedá zapísať: %2</translation>
    </message>
    <message>
        <source>&amp;Write a Note…</source>
        <translation>Napí&amp;sať poznámku…</translation>
    </message>
    <message>
        <source>Hi %1, </source>
        <translation>Zdravím %1, </translation>
    </message>
</context>
<context>
    <name>rapport::SetCadenceDialog</name>
    <message>
        <source>Set Cadence</source>
        <translation>Nastaviť rytmus</translation>
    </message>
    <message numerus="yes">
        <source>How often to talk to %n contact(s). 0 uses the tier&apos;s default.</source>
        <translation>
            <numerusform>Ako často sa rozprávať s %n kontaktom. 0 použije predvolenú hodnotu úrovne.</numerusform>
            <numerusform>Ako často sa rozprávať s %n kontaktmi. 0 použije predvolenú hodnotu úrovne.</numerusform>
            <numerusform>Ako často sa rozprávať s %n kontaktmi. 0 použije predvolenú hodnotu úrovne.</numerusform>
        </translation>
    </message>
    <message>
        <source> days</source>
        <translation> dní</translation>
    </message>
    <message>
        <source>Ideal interval in days</source>
        <translation>Ideálny odstup v dňoch</translation>
    </message>
    <message>
        <source>Maximum interval in days</source>
        <translation>Najdlhší odstup v dňoch</translation>
    </message>
    <message>
        <source>&amp;Ideal every:</source>
        <translation>&amp;Ideálne raz za:</translation>
    </message>
    <message>
        <source>&amp;At most every:</source>
        <translation>&amp;Najviac raz za:</translation>
    </message>
</context>
<context>
    <name>rapport::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Nastavenia</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Cadences</source>
        <translation>&amp;Rytmy</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Databáza</translation>
    </message>
    <message>
        <source>Who you are, so Rapport can tell your messages from others&apos;, and whom you want to know, so scores favour them. Lists are separated by commas.</source>
        <translation>Kto ste, aby Rapport rozlíšil vaše správy od cudzích, a koho chcete spoznať, aby ich skóre zvýhodnilo. Položky zoznamov oddeľujte čiarkami.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Meno:</translation>
    </message>
    <message>
        <source>&amp;LinkedIn URL:</source>
        <translation>URL na &amp;LinkedIn:</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Titulok:</translation>
    </message>
    <message>
        <source>&amp;Industries:</source>
        <translation>&amp;Odvetvia:</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>Rol&amp;y:</translation>
    </message>
    <message>
        <source>C&amp;ompanies:</source>
        <translation>&amp;Firmy:</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation>Re&amp;gióny:</translation>
    </message>
    <message>
        <source>How often to be in touch, by tier, unless a contact has its own cadence. An ideal of 0 means no reminders.</source>
        <translation>Ako často byť v kontakte podľa úrovne, ak kontakt nemá vlastný rytmus. Ideálna hodnota 0 znamená žiadne pripomienky.</translation>
    </message>
    <message>
        <source>Ideal (days)</source>
        <translation>Ideálne (dni)</translation>
    </message>
    <message>
        <source>At most (days)</source>
        <translation>Najviac (dni)</translation>
    </message>
    <message>
        <source>%1: ideal days</source>
        <translation>%1: ideálny počet dní</translation>
    </message>
    <message>
        <source>%1: maximum days</source>
        <translation>%1: najvyšší počet dní</translation>
    </message>
    <message>
        <source>&amp;Reset to Built-in Defaults</source>
        <translation>&amp;Obnoviť vstavané predvolené hodnoty</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Súbor databázy</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Súbor databázy:</translation>
    </message>
    <message>
        <source>&amp;Open Another Database…</source>
        <translation>&amp;Otvoriť inú databázu…</translation>
    </message>
    <message>
        <source>Backups (the last 7 days and the last 5 before imports and restores):</source>
        <translation>Zálohy (posledných 7 dní a posledných 5 pred importmi a obnoveniami):</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Zálohy</translation>
    </message>
    <message>
        <source>&amp;Restore Selected Backup…</source>
        <translation>O&amp;bnoviť vybranú zálohu…</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Obnoviť zálohu</translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup from %1? The current contents are backed up first, so this can be reversed.</source>
        <translation>Nahradiť všetko v databáze zálohou z %1? Aktuálny obsah sa najprv zálohuje, takže sa to dá vrátiť.</translation>
    </message>
    <message>
        <source>The current database could not be backed up, so nothing was restored: %1</source>
        <translation>Aktuálnu databázu sa nepodarilo zálohovať, preto sa nič neobnovilo: %1</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Záloha bola obnovená.</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation>&amp;Jazyk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Podľa systému</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Ja&amp;zyk:</translation>
    </message>
    <message>
        <source>Rapport uses the new language the next time it starts. Dates and numbers follow the language too.</source>
        <translation>Rapport použije nový jazyk pri ďalšom spustení. Podľa jazyka sa riadia aj formáty dátumov a čísel.</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation>&amp;Hodnotenie</translation>
    </message>
    <message>
        <source>What a relationship score is made of, in points out of 100 (penalties are taken off), and where the tiers begin. Scores are recalculated when you press OK.</source>
        <translation>Z čoho sa skladá skóre vzťahu, v bodoch zo 100 (zrážky sa odpočítavajú), a kde začínajú úrovne. Skóre sa prepočíta, keď stlačíte OK.</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>&amp;Obnoviť predvolené</translation>
    </message>
</context>
<context>
    <name>rapport::SyncController</name>
    <message>
        <source>(none)</source>
        <translation>(neuvedené)</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problémy:</translation>
    </message>
    <message>
        <source>%1 The password is kept for this session only.</source>
        <translation>%1 Heslo sa uchová len počas tejto relácie.</translation>
    </message>
    <message>
        <source>The sync account was forgotten; its password is no longer in the system keychain.</source>
        <translation>Účet synchronizácie bol zabudnutý; jeho heslo už nie je v systémovej kľúčenke.</translation>
    </message>
    <message>
        <source>The password could not be removed from the system keychain: %1</source>
        <translation>Heslo sa nepodarilo odstrániť zo systémovej kľúčenky: %1</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %L1 pulled, %L2 pushed, %L3 deleted, %n conflict(s)</source>
        <translation>
            <numerusform>Synchronizované: stiahnuté %L1, odoslané %L2, odstránené %L3, %n konflikt</numerusform>
            <numerusform>Synchronizované: stiahnuté %L1, odoslané %L2, odstránené %L3, %n konflikty</numerusform>
            <numerusform>Synchronizované: stiahnuté %L1, odoslané %L2, odstránené %L3, %n konfliktov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n refused by the server</source>
        <translation>
            <numerusform>, server odmietol %n položku</numerusform>
            <numerusform>, server odmietol %n položky</numerusform>
            <numerusform>, server odmietol %n položiek</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — will try again later</source>
        <translation>Offline – neskôr sa to skúsi znova</translation>
    </message>
    <message>
        <source>Pulled: %L1 new, %L2 updated, %L3 moved to the Trash</source>
        <translation>Stiahnuté: nové %L1, aktualizované %L2, presunuté do koša %L3</translation>
    </message>
    <message>
        <source>Pushed: %L1 new, %L2 updated, %L3 deleted</source>
        <translation>Odoslané: nové %L1, aktualizované %L2, odstránené %L3</translation>
    </message>
    <message>
        <source>Follow-ups: %L1 published, %L2 removed from the calendar</source>
        <translation>Pripomienky: zverejnené %L1, odstránené z kalendára %L2</translation>
    </message>
    <message>
        <source>Conflicts: %L1, both versions kept (File › Sync… lists them)</source>
        <translation>Konflikty: %L1, ponechané obe verzie (vypíše ich Súbor › Synchronizácia…)</translation>
    </message>
    <message>
        <source>Refused by the server: %L1, tried again next time</source>
        <translation>Odmietnuté serverom: %L1, nabudúce sa skúsia znova</translation>
    </message>
    <message>
        <source>Took %1 s</source>
        <translation>Trvanie: %1 s</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate this computer does not trust.</source>
        <translation>Server %1 predložil certifikát, ktorému tento počítač nedôveruje.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Vydaný pre: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Vydavateľ: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Odtlačok SHA-256: %1</translation>
    </message>
    <message>
        <source>Valid from %1 until %2</source>
        <translation>Platný od %1 do %2</translation>
    </message>
    <message>
        <source>Trust this certificate for this session and sync? Choose Yes only if you expected it, for example for your own server with a self-signed certificate; otherwise someone may be reading the connection.</source>
        <translation>Dôverovať tomuto certifikátu počas tejto relácie a synchronizovať? Vyberte „Áno“, len ak ste ho očakávali, napríklad pri vlastnom serveri so samopodpísaným certifikátom; inak môže niekto spojenie odpočúvať.</translation>
    </message>
    <message>
        <source>Sync is not set up yet: enter the server and user name in File › Sync….</source>
        <translation>Synchronizácia ešte nie je nastavená: zadajte server a používateľské meno v ponuke Súbor › Synchronizácia….</translation>
    </message>
    <message>
        <source>Waiting for the system keychain…</source>
        <translation>Čaká sa na systémovú kľúčenku…</translation>
    </message>
    <message>
        <source>the system keychain did not answer</source>
        <translation>systémová kľúčenka neodpovedala</translation>
    </message>
    <message>
        <source>Waiting for your decision about the server&apos;s certificate…</source>
        <translation>Čaká sa na vaše rozhodnutie o certifikáte servera…</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Nedôveryhodný certifikát</translation>
    </message>
    <message>
        <source>Not synced: the certificate of %1 was not trusted.</source>
        <translation>Nesynchronizované: certifikát servera %1 nebol prijatý ako dôveryhodný.</translation>
    </message>
    <message>
        <source>No password was given; enter it in File › Sync….</source>
        <translation>Nebolo zadané žiadne heslo; zadajte ho v ponuke Súbor › Synchronizácia….</translation>
    </message>
    <message>
        <source>No password came from the system keychain (%1); enter it in File › Sync….</source>
        <translation>Zo systémovej kľúčenky neprišlo žiadne heslo (%1); zadajte ho v ponuke Súbor › Synchronizácia….</translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflict(s): both versions were kept, File › Sync… shows them.</source>
        <translation>
            <numerusform>%n konflikt synchronizácie: ponechali sa obe verzie; Súbor › Synchronizácia… ho zobrazí.</numerusform>
            <numerusform>%n konflikty synchronizácie: ponechali sa obe verzie; Súbor › Synchronizácia… ich zobrazí.</numerusform>
            <numerusform>%n konfliktov synchronizácie: ponechali sa obe verzie; Súbor › Synchronizácia… ich zobrazí.</numerusform>
        </translation>
    </message>
    <message>
        <source>File › Sync Now shows the certificate.</source>
        <translation>Súbor › Synchronizovať teraz zobrazí certifikát.</translation>
    </message>
</context>
<context>
    <name>rapport::SyncDialog</name>
    <message>
        <source>the tier&apos;s default</source>
        <translation>predvolené pre úroveň</translation>
    </message>
    <message>
        <source>every %1 days, at most %2</source>
        <translation>raz za %1 dní, najviac %2</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Odvetvie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefón</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Ako ste sa spoznali</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fáza</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rytmus</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kruhy</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Štítky</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivovaný</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>áno</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(prázdne)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>The server&apos;s version</source>
        <translation>Verzia zo servera</translation>
    </message>
    <message>
        <source>This computer&apos;s version</source>
        <translation>Verzia z tohto počítača</translation>
    </message>
    <message>
        <source>The changed version</source>
        <translation>Zmenená verzia</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronizácia</translation>
    </message>
    <message>
        <source>Two-way sync of the contacts with a CardDAV server (Nextcloud, Radicale, Fastmail, …). The password is kept in the system keychain, never in a settings file.</source>
        <translation>Obojsmerná synchronizácia kontaktov so serverom CardDAV (Nextcloud, Radicale, Fastmail, …). Heslo sa uchováva v systémovej kľúčenke, nikdy nie v súbore s nastaveniami.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>dav.example.org or https://dav.example.org/remote.php/dav</source>
        <translation>dav.example.org alebo https://dav.example.org/remote.php/dav</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Používateľské meno</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Používateľ:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Zapamätať si heslo v systémovej kľúčenke</translation>
    </message>
    <message>
        <source>Also publish &amp;follow-ups to a calendar</source>
        <translation>Zverejniť aj p&amp;ripomienky v kalendári</translation>
    </message>
    <message>
        <source>Open follow-ups appear as to-dos in a calendar on the same server.</source>
        <translation>Otvorené pripomienky sa zobrazia ako úlohy v kalendári na tom istom serveri.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problém</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Posledná synchronizácia</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <source>When a contact changed on both sides, the more recent change is kept and the other version is saved here; a change always wins over a deletion. Dismiss a row once you have looked at it.</source>
        <translation>Ak sa kontakt zmenil na oboch stranách, ponechá sa novšia zmena a druhá verzia sa uloží sem; zmena má vždy prednosť pred odstránením. Riadok zahoďte, keď si ho pozriete.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>What differed</source>
        <translation>Čo sa líšilo</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Ponechané</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kedy</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Konflikty synchronizácie</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>Zah&amp;odiť</translation>
    </message>
    <message>
        <source>Remove the selected conflicts from this list (Delete)</source>
        <translation>Odstrániť vybrané konflikty z tohto zoznamu (Delete)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Zahodiť</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Synchronizovať &amp;teraz</translation>
    </message>
    <message>
        <source>&amp;Forget Account</source>
        <translation>Za&amp;budnúť účet</translation>
    </message>
    <message>
        <source>Empty: use the password in the system keychain</source>
        <translation>Prázdne: použije sa heslo zo systémovej kľúčenky</translation>
    </message>
    <message>
        <source>Not encrypted (http://), on this computer only.</source>
        <translation>Nešifrované (http://), iba na tomto počítači.</translation>
    </message>
    <message>
        <source>Not encrypted (http://): the password and the contacts would travel in clear text.</source>
        <translation>Nešifrované (http://): heslo aj kontakty by sa prenášali ako otvorený text.</translation>
    </message>
    <message>
        <source>Connects to %1 (encrypted).</source>
        <translation>Pripojí sa k %1 (šifrovane).</translation>
    </message>
    <message>
        <source>A sync is running. Its progress is in the status bar.</source>
        <translation>Prebieha synchronizácia. Jej priebeh je v stavovom riadku.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Posledná synchronizácia: %1</translation>
    </message>
    <message>
        <source>Last synced completely: %1</source>
        <translation>Naposledy úplne synchronizované: %1</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Zatiaľ nesynchronizované.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example dav.example.org.</source>
        <translation>Zadajte adresu servera, napríklad dav.example.org.</translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation>Zadajte svoje používateľské meno na serveri.</translation>
    </message>
    <message>
        <source>Unencrypted Connection</source>
        <translation>Nešifrované pripojenie</translation>
    </message>
    <message>
        <source>%1 would be reached without encryption (http://): the password and the contacts would travel in clear text. Sync anyway?</source>
        <translation>K %1 by sa pripájalo bez šifrovania (http://): heslo aj kontakty by sa prenášali ako otvorený text. Napriek tomu synchronizovať?</translation>
    </message>
    <message>
        <source>Forget Account</source>
        <translation>Zabudnúť účet</translation>
    </message>
    <message>
        <source>Forget the sync account %1 on %2? Its password is removed from the system keychain; the contacts on this computer and on the server stay.</source>
        <translation>Zabudnúť účet synchronizácie %1 na %2? Jeho heslo sa odstráni zo systémovej kľúčenky; kontakty v tomto počítači aj na serveri zostanú.</translation>
    </message>
    <message>
        <source>Dismiss Conflict</source>
        <translation>Zahodiť konflikt</translation>
    </message>
    <message>
        <source>Changed here, deleted on the server</source>
        <translation>Tu zmenené, na serveri odstránené</translation>
    </message>
    <message>
        <source>Deleted here, changed on the server</source>
        <translation>Tu odstránené, na serveri zmenené</translation>
    </message>
    <message>
        <source>One version could not be read; both are kept.</source>
        <translation>Jednu verziu sa nepodarilo načítať; ponechávajú sa obe.</translation>
    </message>
    <message>
        <source>Nothing a person would see</source>
        <translation>Nič, čo by človek videl</translation>
    </message>
    <message>
        <source>%1: here %2, on the server %3</source>
        <translation>%1: tu %2, na serveri %3</translation>
    </message>
</context>
<context>
    <name>rapport::SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation>Stav synchronizácie</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Aktuálny stav synchronizácie</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Priebeh synchronizácie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Zrušiť synchronizáciu</translation>
    </message>
    <message>
        <source>Stop syncing; what was already synced stays, the rest follows next time</source>
        <translation>Zastaviť synchronizáciu; čo sa už synchronizovalo, zostane, zvyšok nasleduje nabudúce</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 z %L2</translation>
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
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>you</source>
        <translation>vás</translation>
    </message>
    <message>
        <source>Introduction: %1 introduced %2 to %3</source>
        <translation>Sprostredkovanie: %1 zoznámil(a) %2 a %3</translation>
    </message>
    <message>
        <source>Referral: %1 referred %2 to %3</source>
        <translation>Odporúčanie: %1 odporučil(a) %2 pre %3</translation>
    </message>
    <message>
        <source>Help received</source>
        <translation>Prijatá pomoc</translation>
    </message>
    <message>
        <source>Help given</source>
        <translation>Poskytnutá pomoc</translation>
    </message>
</context>
<context>
    <name>rapport::TrashView</name>
    <message>
        <source>Deleted contacts stay here for 30 days. Restore brings back everything they had.</source>
        <translation>Odstránené kontakty tu zostanú 30 dní. Obnovenie vráti všetko, čo k nim patrilo.</translation>
    </message>
    <message>
        <source>Deleted contacts</source>
        <translation>Odstránené kontakty</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Obnoviť</translation>
    </message>
    <message>
        <source>&amp;Delete Permanently…</source>
        <translation>&amp;Natrvalo odstrániť…</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vyprázdniť kôš…</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted contact(s)</source>
        <translation>
            <numerusform>%n odstránený kontakt</numerusform>
            <numerusform>%n odstránené kontakty</numerusform>
            <numerusform>%n odstránených kontaktov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n contact(s).</source>
        <translation>
            <numerusform>Obnovený %n kontakt.</numerusform>
            <numerusform>Obnovené %n kontakty.</numerusform>
            <numerusform>Obnovených %n kontaktov.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Natrvalo odstrániť</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Natrvalo odstrániť %n kontakt? Nedá sa to vrátiť späť.</numerusform>
            <numerusform>Natrvalo odstrániť %n kontakty? Nedá sa to vrátiť späť.</numerusform>
            <numerusform>Natrvalo odstrániť %n kontaktov? Nedá sa to vrátiť späť.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vyprázdniť kôš</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n contact(s) in the Trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Natrvalo odstrániť %n kontakt v koši? Nedá sa to vrátiť späť.</numerusform>
            <numerusform>Natrvalo odstrániť všetky %n kontakty v koši? Nedá sa to vrátiť späť.</numerusform>
            <numerusform>Natrvalo odstrániť všetkých %n kontaktov v koši? Nedá sa to vrátiť späť.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Kôš</translation>
    </message>
</context>
<context>
    <name>rapport::WelcomeWidget</name>
    <message>
        <source>Welcome</source>
        <translation>Vitajte</translation>
    </message>
    <message>
        <source>Welcome to Rapport</source>
        <translation>Vitajte v Rapporte</translation>
    </message>
    <message>
        <source>Keep in touch with the people who matter. Start with the network you already have:</source>
        <translation>Zostaňte v kontakte s ľuďmi, na ktorých záleží. Začnite sieťou, ktorú už máte:</translation>
    </message>
    <message>
        <source>&amp;Import a LinkedIn export…</source>
        <translation>&amp;Importovať export z LinkedIn…</translation>
    </message>
    <message>
        <source>The ZIP file LinkedIn sends from Settings › Data privacy › Get a copy of your data</source>
        <translation>Súbor ZIP, ktorý LinkedIn pošle z Nastavenia › Ochrana údajov › Získať kópiu údajov</translation>
    </message>
    <message>
        <source>&amp;Add a contact…</source>
        <translation>&amp;Pridať kontakt…</translation>
    </message>
    <message>
        <source>Type in one person by hand</source>
        <translation>Zadať jednu osobu ručne</translation>
    </message>
    <message>
        <source>&amp;Explore sample data</source>
        <translation>Pr&amp;eskúmať ukážkové údaje</translation>
    </message>
    <message>
        <source>A made-up network of 150 people; File › Remove Sample Data takes it away again</source>
        <translation>Vymyslená sieť so 150 ľuďmi; Súbor › Odstrániť ukážkové údaje ju znova odstráni</translation>
    </message>
</context>
<context>
    <name>rapport::WriteNoteDialog</name>
    <message>
        <source>Write a Note</source>
        <translation>Napísať poznámku</translation>
    </message>
    <message>
        <source>Recipient&apos;s name</source>
        <translation>Meno príjemcu</translation>
    </message>
    <message>
        <source>Their name, so the advice can use it</source>
        <translation>Meno, aby ho mohli použiť rady</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Komu:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Poznámka:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Where you know them from, something specific about their work, and how you could help.</source>
        <translation>Odkiaľ sa poznáte, niečo konkrétne o jeho práci a ako by ste mohli pomôcť.</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>P&amp;rečo:</translation>
    </message>
    <message>
        <source>Why the note reads this way</source>
        <translation>Prečo poznámka pôsobí takto</translation>
    </message>
    <message>
        <source>What to &amp;add:</source>
        <translation>Čo &amp;doplniť:</translation>
    </message>
    <message>
        <source>What to add to the note</source>
        <translation>Čo doplniť do poznámky</translation>
    </message>
    <message>
        <source>&amp;Copy Note</source>
        <translation>Kopírovať p&amp;oznámku</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Skopírované do schránky.</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 — %n character(s) over LinkedIn&apos;s limit</source>
        <translation>
            <numerusform>%1 / %2 – %n znak nad limit LinkedIn</numerusform>
            <numerusform>%1 / %2 – %n znaky nad limit LinkedIn</numerusform>
            <numerusform>%1 / %2 – %n znakov nad limit LinkedIn</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Zatiaľ nič nenapísané</translation>
    </message>
    <message>
        <source>Reads like a name collector&apos;s note</source>
        <translation>Pôsobí ako poznámka zberateľa mien</translation>
    </message>
    <message>
        <source>Reads as a personal note</source>
        <translation>Pôsobí ako osobná poznámka</translation>
    </message>
    <message>
        <source>Could read either way</source>
        <translation>Môže pôsobiť oboma spôsobmi</translation>
    </message>
    <message>
        <source>%1% likely to be taken for collecting names</source>
        <translation>Pravdepodobnosť %1 %, že to bude pôsobiť ako zbieranie mien</translation>
    </message>
    <message>
        <source>Nothing to add: the note is specific and personal.</source>
        <translation>Nie je čo doplniť: poznámka je konkrétna a osobná.</translation>
    </message>
</context>
<context>
    <name>rapport::db::Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Databázu %1 sa nedá otvoriť: %2</translation>
    </message>
    <message>
        <source>%1 is not a Rapport database (or it is damaged): %2</source>
        <translation>%1 nie je databáza Rapportu (alebo je poškodená): %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rapport (schema %2; this version knows up to %3). It was not changed; please update Rapport.</source>
        <translation>%1 zapísala novšia verzia Rapportu (schéma %2; táto verzia pozná najviac %3). Súbor sa nezmenil; aktualizujte Rapport.</translation>
    </message>
    <message>
        <source>The database %1 is read-only. Rapport needs to write to it; check the file&apos;s permissions.</source>
        <translation>Databáza %1 je len na čítanie. Rapport do nej potrebuje zapisovať; skontrolujte oprávnenia súboru.</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>Databázu %1 sa nepodarilo nastaviť: %2</translation>
    </message>
    <message>
        <source>The database needs an upgrade, but the backup before it failed, so nothing was changed: %1</source>
        <translation>Databáza potrebuje aktualizáciu, ale záloha pred ňou zlyhala, preto sa nič nezmenilo: %1</translation>
    </message>
    <message>
        <source>Row %1 of %2 points to a missing row in %3.</source>
        <translation>Riadok %1 v %2 odkazuje na chýbajúci riadok v %3.</translation>
    </message>
    <message>
        <source>The search index does not match the contacts: %1</source>
        <translation>Vyhľadávací index nezodpovedá kontaktom: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Priečinok %1 sa nedá vytvoriť.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2</source>
        <translation>Súbor databázy %1 sa nedá vytvoriť: %2</translation>
    </message>
</context>
</TS>
