<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CaseloadTableModel</name>
    <message numerus="yes">
        <source>%n overdue item(s)</source>
        <extracomment>the columns a compact caseload (beside an open case) keeps: name and next date</extracomment>
        <translation>
            <numerusform>%n overdue item</numerusform>
            <numerusform>%n overdue items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n open conflict</numerusform>
            <numerusform>%n open conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComingUpStrip</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConferenceDialog</name>
    <message numerus="yes">
        <source>Case conference saved; %n action(s) added to the timeline.</source>
        <translation>
            <numerusform>Case conference saved; %n action added to the timeline.</numerusform>
            <numerusform>Case conference saved; %n actions added to the timeline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConferencesTab</name>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n overdue)</source>
        <translation>
            <numerusform>%1 (%n overdue)</numerusform>
            <numerusform>%1 (%n overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message numerus="yes">
        <source>%n more field(s)</source>
        <translation>
            <numerusform>%n more field</numerusform>
            <numerusform>%n more fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>%n case(s) left out: their survivor has not consented to aggregate reporting.</source>
        <translation>
            <numerusform>%n case left out: their survivor has not consented to aggregate reporting.</numerusform>
            <numerusform>%n cases left out: their survivor has not consented to aggregate reporting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FhirImportDialog</name>
    <message numerus="yes">
        <source>Imported into %1: %2 new, %3 updated, %4 cancelled, %5 unchanged; %n practitioner(s) added to the contacts</source>
        <translation>
            <numerusform>Imported into %1: %2 new, %3 updated, %4 cancelled, %5 unchanged; %n practitioner added to the contacts</numerusform>
            <numerusform>Imported into %1: %2 new, %3 updated, %4 cancelled, %5 unchanged; %n practitioners added to the contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n refused resource(s) skipped</source>
        <translation>
            <numerusform>; %n refused resource skipped</numerusform>
            <numerusform>; %n refused resources skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message numerus="yes">
        <source>At least %n character(s). A few unrelated words work well.</source>
        <translation>
            <numerusform>At least %n character. A few unrelated words work well.</numerusform>
            <numerusform>At least %n characters. A few unrelated words work well.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>The passphrase needs at least %n character.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message numerus="yes">
        <source>%n point(s) better</source>
        <translation>
            <numerusform>%n point better</numerusform>
            <numerusform>%n points better</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) worse</source>
        <translation>
            <numerusform>%n point worse</numerusform>
            <numerusform>%n points worse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) better</source>
        <translation>
            <numerusform>%n level better</numerusform>
            <numerusform>%n levels better</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) worse</source>
        <translation>
            <numerusform>%n level worse</numerusform>
            <numerusform>%n levels worse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every %n day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Every %n week</numerusform>
            <numerusform>Every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Every %n month</numerusform>
            <numerusform>Every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n time(s), until %2</source>
        <translation>
            <numerusform>%1, %n time, until %2</numerusform>
            <numerusform>%1, %n times, until %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, until %2 (%n time(s))</source>
        <translation>
            <numerusform>%1, until %2 (%n time)</numerusform>
            <numerusform>%1, until %2 (%n times)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n skipped</source>
        <translation>
            <numerusform>%1; %n skipped</numerusform>
            <numerusform>%1; %n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyPlanTab</name>
    <message numerus="yes">
        <source>⚠ Review overdue: it was due %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>⚠ Review overdue: it was due %1 (%n day ago)</numerusform>
            <numerusform>⚠ Review overdue: it was due %1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review by %1 (in %n day(s))</source>
        <translation>
            <numerusform>Review by %1 (in %n day)</numerusform>
            <numerusform>Review by %1 (in %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message numerus="yes">
        <source>Too short: at least %n character(s)</source>
        <translation>
            <numerusform>Too short: at least %n character</numerusform>
            <numerusform>Too short: at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriggerPlain</name>
    <message numerus="yes">
        <source>%n day(s) after %1</source>
        <translation>
            <numerusform>%n day after %1</numerusform>
            <numerusform>%n days after %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before %1</source>
        <translation>
            <numerusform>%n day before %1</numerusform>
            <numerusform>%n days before %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n court day(s) after %1</source>
        <translation>
            <numerusform>%n court day after %1</numerusform>
            <numerusform>%n court days after %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n court day(s) before %1</source>
        <translation>
            <numerusform>%n court day before %1</numerusform>
            <numerusform>%n court days before %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) after %1</source>
        <translation>
            <numerusform>%n hour after %1</numerusform>
            <numerusform>%n hours after %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before %1</source>
        <translation>
            <numerusform>%n hour before %1</numerusform>
            <numerusform>%n hours before %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) after %1</source>
        <translation>
            <numerusform>%n week after %1</numerusform>
            <numerusform>%n weeks after %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) before %1</source>
        <translation>
            <numerusform>%n week before %1</numerusform>
            <numerusform>%n weeks before %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) after %1</source>
        <translation>
            <numerusform>%n month after %1</numerusform>
            <numerusform>%n months after %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) before %1</source>
        <translation>
            <numerusform>%n month before %1</numerusform>
            <numerusform>%n months before %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) after %1</source>
        <translation>
            <numerusform>%n year after %1</numerusform>
            <numerusform>%n years after %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) before %1</source>
        <translation>
            <numerusform>%n year before %1</numerusform>
            <numerusform>%n years before %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, plus %n day(s) for service</source>
        <translation>
            <numerusform>%1, plus %n day for service</numerusform>
            <numerusform>%1, plus %n days for service</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message numerus="yes">
        <source>Wrong user name or passphrase. Try again in %n second(s).</source>
        <translation>
            <numerusform>Wrong user name or passphrase. Try again in %n second.</numerusform>
            <numerusform>Wrong user name or passphrase. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message numerus="yes">
        <source>A passphrase needs at least %n character(s); a few unrelated words work well.</source>
        <translation>
            <numerusform>A passphrase needs at least %n character; a few unrelated words work well.</numerusform>
            <numerusform>A passphrase needs at least %n characters; a few unrelated words work well.</numerusform>
        </translation>
    </message>
</context>
</TS>
