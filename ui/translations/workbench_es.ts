<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActionRow</name>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— owner —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaDock</name>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Appointment saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignStaffDialog</name>
    <message>
        <source>Assigned staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who works on this case (their agenda lists its dates):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer users of this vault (removed when you save): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned staff saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendeeRow</name>
    <message>
        <source>attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick or type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendee name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role (e.g. shelter case worker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendee role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chains intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain broken: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the &amp;period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose of the disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the calendar export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generic (safe default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full (a disclosure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every case you may see (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the calendar as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as a disclosure in each case&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a disclosure: nothing in it identifies a survivor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar could not be written (%1); nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePlanTab</name>
    <message>
        <source>Read only. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Case header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages and interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpreter needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pronouns not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no instructions recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseIntakeDialog</name>
    <message>
        <source>Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe contact method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address is confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything below is optional and can wait; add it, or the legal name and address, later from the case&apos;s Overview (Edit case…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpreter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe &amp;contact method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A display name is needed; any name the person chooses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>Case workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadTableModel</name>
    <message numerus="yes">
        <source>%n overdue item(s)</source>
        <extracomment>the columns a compact caseload (beside an open case) keeps: name and next date</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>Search name, reference or staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only overdue or conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases needing attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all caseload columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every caseload column (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoricalStripWidget</name>
    <message>
        <source>Housing stability and safety chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worsened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateFields</name>
    <message>
        <source>&amp;Signature and date line on the cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature and date line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was served (leave empty for no certificate of service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of service — note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of service — error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served o&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How ser&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate of service goes on court packets only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the packet was served on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date served: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not your current passphrase; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <source>Closure saved; every computed deadline was recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosuresDialog</name>
    <message>
        <source>Court closures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a closure recomputes every computed deadline; dates changed by hand are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add closure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add closure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComingUpStrip</name>
    <message>
        <source>Coming &amp;up for this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up: the next dates of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing scheduled from today on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConferenceDialog</name>
    <message>
        <source>Case conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes are of a conference that was held: the day cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor&apos;s &amp;participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— how did they take part? —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;wishes, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a&amp;ttendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add d&amp;ecision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Case conference saved; %n action(s) added to the timeline.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Case conference saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Each is a task: mark it done on the page or the timeline.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the survivor took part (or that they chose not to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survivor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2 (you had %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this since you opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your changes are kept below; save again to apply them on top.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Conflicts on this timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet in force (from %1)</source>
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
        <source>in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consent to %1 for %2 (%3), granted %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent revoked from %1; packets no longer include what it covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Court hearing, T visa application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Granted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires on (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation date is before the consent was granted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one category the survivor agreed to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date is before the grant date (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already covers these categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 no packet will include what it covers. A revocation cannot be undone; a new consent would have to be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the consent to revoke in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That consent was already revoked on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>The people around this case: interpreter, certifying official, attorney, clinician…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>Program dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Report template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report: counting, then checking that no small number can be worked out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be built (an unexpected error); nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1 (recorded as a disclosure).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Type a date as YYYY-MM-DD or %1, or press Alt+Down for a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick from calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick from calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick from calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatesTab</name>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title, rule, status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatesTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Deadline saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionRow</name>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosuresTab</name>
    <message>
        <source>Disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Document attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File (PDF, PNG or JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document date (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <source>Edit case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma separated, e.g. Spanish, English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: no interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe contact method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: never printed; filings use a safe address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address is confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A display name is needed; any name the person chooses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case details saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackFormDialog</name>
    <message>
        <source>Survivor feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor feedback form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every question was skipped, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor feedback saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FhirImportDialog</name>
    <message>
        <source>Import from the EHR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File or folder to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When, or why refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned appointments and refusals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the patient as this case&apos;s survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip the refused and import the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EHR&apos;s export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR files (*.json *.ndjson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the EHR&apos;s file (or its export folder) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s[&apos;new&apos;]} new, {s[&apos;updated&apos;]} updated, {s[&apos;cancelled&apos;]} cancelled, {s[&apos;unchanged&apos;]} unchanged, {s[&apos;ignored&apos;]} ignored, {s[&apos;refused&apos;]} refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{patient.reference} (identifier {keys}) is not linked to a case yet. Open the survivor&apos;s case, then import from there to confirm it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{patient.reference} (identifier {keys}) is not linked to a case yet. Check the EHR&apos;s record: is this the survivor of case {self.case_ref}? Workbench never matches a patient by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This patient is the survivor of case {self.case_ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported into {&apos;, &apos;.join(cases)}: {s[&apos;new&apos;]} new, {s[&apos;updated&apos;]} updated, {s[&apos;cancelled&apos;]} cancelled, {s[&apos;unchanged&apos;]} unchanged; {len(outcome.contact_ids)} practitioner(s) added to the contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the patient is now linked to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {len(outcome.skipped)} refused resource(s) skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read ({type(exc).__name__}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due or done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark milestone &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark milestone done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;k to event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a goal to see its milestones and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a goal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This goal has no milestones yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · baseline %2 · latest %3 · target %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Care-plan goal saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care-plan goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones (YYYY-MM-DD title, one a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal, in the survivor&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor&apos;s &amp;priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survivor&apos;s own ranking: 1 matters most to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measured by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ilestones (YYYY-MM-DD title, one a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept with the case&apos;s %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not add or change these: saving will be refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalStatusDialog</name>
    <message>
        <source>Goal status saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (why; kept with the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal is already %1: choose another status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HearingDialog</name>
    <message>
        <source>Hearing saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court and room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HousingDialog</name>
    <message>
        <source>Housing status recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lives in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That day is in the future: record where the survivor lives now, or lived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubConnectDialog</name>
    <message>
        <source>Connect to a hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hub is a team&apos;s shared PostgreSQL server. Your workstation encrypts every case field before it is sent; the server never reads a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: postgresql://HOST[:PORT]/DATABASE — no user name or password in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the hub&apos;s address, e.g. postgresql://hub.example.org/workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name on the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s server asks for a database password: enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database password was not accepted; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s server asks for a database password: enter it below, with your passphrase again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Key folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make the key pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org.key stays here (keep a backup; it is sealed under the passphrase). Give org.pub to partner agencies and read them the fingerprint by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the key pair (a few seconds)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalDialogs</name>
    <message>
        <source>(no matter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>New vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault is an encrypted folder. Pick an empty or new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder is not empty. Choose a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Workbench is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the vault first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub: reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting to the hub… Changes made on other workstations will show when it is back. Open forms keep what you typed; a save that fails says so and can be tried again — nothing is half-written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting to the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the hub again; refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub: not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes were discarded when the workbench locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatterDialog</name>
    <message>
        <source>Matter saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court or agency (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown jurisdiction: pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MattersTab</name>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;trigger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit trigger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;matter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit matte&amp;r…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court cl&amp;osures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers and their computed deadlines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneLinkDialog</name>
    <message>
        <source>Milestone link saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a milestone to an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline &amp;event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not linked —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This goal has no milestones: add one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesView</name>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conference selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conference on the left to read its minutes, or record one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case conference — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes recorded by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wishes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) does not see the minutes of this conference: who attended, the survivor&apos;s wishes and the decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action marked done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OccurrenceChoiceDialog</name>
    <message>
        <source>Repeating event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit one occurrence or the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event repeats. Change only the one on %1, or every one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole &amp;series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomesChartWidget</name>
    <message>
        <source>Outcomes chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No completed screenings to chart yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>&amp;Edit case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe &amp;addresses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned &amp;staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and safe contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction and team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential — never printed; filings use a safe address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet — add one per filing (Safe addresses…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <source>New packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close packet builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet password (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm packet password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bates prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pad to an even page count (duplex printing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplex padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compelled release (subpoena or court order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compelled release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the subpoena or court order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a folder, or use Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder — error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bates prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included and withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a recipient (those with an active consent come first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by the packet kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose from its consent: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent names this recipient: nothing would be included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record(s) included, %2 withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the recipient of the packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A compelled release needs its legal basis (the subpoena or court order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State the purpose of the packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two packet passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet written; its disclosure is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1 (%2 pages); disclosure recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketFolder</name>
    <message>
        <source>Choose the folder to write the packet to (type it, or use Choose…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the folder&apos;s full path (starting with %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot write to %1; choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketPreview</name>
    <message>
        <source>Packet preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketsTab</name>
    <message>
        <source>&amp;New packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). A few unrelated words work well.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases do not match yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathRow</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — fingerprint %2 (compare it by phone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>compelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivePage</name>
    <message>
        <source>Bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer bundles (*.wbx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our organisation key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our org.key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation keys (*.key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of our key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted sender&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s org.pub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What comes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundle (.wbx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Our key (.key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trusted sender (.pub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bundle, our key and the trusted sender&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an update of the case it made before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: signed by %1 (%2). It would make %3. Nothing was written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientCombo</name>
    <message>
        <source>Type to search contacts and recipients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientPicker</name>
    <message>
        <source>no consent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New recipient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recipient&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. San Francisco Immigration Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with every case (a court or an agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with every case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recipient — error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel new recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kin&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organi&amp;sation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the list yet: add it with New recipient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recipient(s) to choose from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient added to the contacts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown only now. It opens the vault if every passphrase is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recovery code to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored the recovery code in a safe place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench vault recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recovery code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never (no end date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a number of times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip dates (YYYY-MM-DD, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the repeat settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip dates only apply to repeating appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the first appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralChoiceDialog</name>
    <message>
        <source>The survivor&apos;s choice is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor&apos;s choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor&apos;s c&amp;hoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;aring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making it shares case data with the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declining a referral already made withdraws it (it moves to declined or closed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Referral saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor&apos;s c&amp;hoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— ask the survivor —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;aring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making it shares case data with the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined is recorded and respected: the referral is kept as proposed and is never made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the survivor first: a referral is recorded with their choice, never made for them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralStatusDialog</name>
    <message>
        <source>Referral status saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor&apos;s choice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed referral cannot change any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this row (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulePicker</name>
    <message>
        <source>Search, e.g. BIA, RFE, restraining order, nPEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search trigger events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it computes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trigger event matches; try fewer or other words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeAddressDialog</name>
    <message>
        <source>Safe address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on this filing instead of the survivor&apos;s address (e.g. the clinic&apos;s PO box).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a form (I-914) or a matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe address saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeAddressesDialog</name>
    <message>
        <source>The address to print on each filing instead of the confidential one (e.g. on the I-914).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the safe address for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlanDialog</name>
    <message>
        <source>Safety plan saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed in the safety plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk no&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the level changed (kept in the risk history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the team goes over the plan with the survivor again; a review task goes on the timeline. Leave empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe co&amp;ntacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach them safely (e.g. text only, after 6 pm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe &amp;places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to &amp;do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the survivor says, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In my own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a list: Insert adds a row, Delete removes it, Alt+Up and Alt+Down move it, F2 edits; Tab goes on to the next part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 needs a %2 (who they are to the survivor: friend, advocate, hotline…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before today. The review day is when the team next goes over the plan with the survivor: choose today or later — or press Save again to keep this day for an older plan (its review then shows as overdue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this plan since you opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are kept below; save again to apply them on top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlanTab</name>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In my own words (the survivor&apos;s words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safety plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level not shown to your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no safety plan yet. A plan is written with the survivor: the warning signs they notice, who they can contact and how, safe places, what to do, and their own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) sees that there is a safety plan, its review day and risk level, but not what it says: the warning signs, contacts, places, steps and the survivor&apos;s own words stay with the team that writes the plan with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None written yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningRunnerDialog</name>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agreed to answer these questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. verbal consent, interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before we start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every question can be skipped, left for another day, or not answered. You can pause at any point and carry on later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The questions&apos; wording is not shipped: each shows a neutral label; read the licensed form aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent comes first: tick the box when %1 has agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use that answer (U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use that answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop — they do not want to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A same-day task was created for the clinician: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A same-day task for the clinician is already open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can keep going, pause, or stop; please make sure the clinician knows before the person leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause here? You can resume later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop here? Nothing more will be asked, and there will be no score. What was answered is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused at question %1. Nothing is lost: resume it from the Screenings tab whenever %2 is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1 did not want to go on, and that is respected. What was answered is kept; there is no score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done — thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the baseline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety task for today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningsTab</name>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>Recipient and purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s org.pub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our organisation key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our org.key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation keys (*.key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of our key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer bundles (*.wbx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes and what stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes / stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Their key (.pub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rec&amp;ipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Our key (.key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case first: a transfer sends the open case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active consent of this case lets anything go to a partner; record the survivor&apos;s consent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the recipient, their key, our key and the bundle file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting and signing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action of the menus, and the keys of the lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffProfileDialog</name>
    <message>
        <source>Staff profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (as printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar number or EOIR ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Immigration attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for Form EOIR-28 and G-28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on packets as “Prepared by” and in the representative block. Staff details only: never a survivor&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimedEventDialog</name>
    <message>
        <source>this occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone: pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &apos;Interpreter needed&apos; as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which language is needed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineEntry</name>
    <message>
        <source>Status: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who acts: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this date — rule </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by hand; the rule computed </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe reading (earliest defensible): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window (from–to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected by (others act)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict (joined in red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Details of the focused date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom level (days shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next deadline ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline before the selected date (P in the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline after the selected date, or the first from today (N in the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;hearing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;deadline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No later deadline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left and Right arrows move between dates, Up and Down between lanes, Enter opens, plus and minus zoom, Ctrl+arrows pan, T jumps to today, N to the next deadline, P to the previous one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dates on this timeline yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Partner transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 records (%3), encrypted to %4 (%5). Recorded as disclosure %6 in the case&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 case %2 from %3: %4 records added, %5 updated. The receipt is recorded; the same bundle will be refused if sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (private, keep a backup) and %2 (give it to partners). Fingerprint: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work (%1); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriggerDialog</name>
    <message>
        <source>Trigger saved; its deadlines are on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 14:30 — this rule counts hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule&apos;s own forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not served / not applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second event with the same rule, matter and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;arithmetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the arithmetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the &amp;arithmetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a trigger event first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute yet: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a trigger event.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Unlock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong user name or passphrase. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong user name or passphrase. You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message numerus="yes">
        <source>A passphrase needs at least %n character(s); a few unrelated words work well.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change my passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users of this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is re-encrypted under a new key, which can take a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their passphrase will no longer open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1 and re-encrypting the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting rows under the new keys… %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user could not be removed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultPickerView</name>
    <message>
        <source>Choose a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open other vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open other vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a &amp;hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent vaults (folders on this computer) and hubs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vault folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkArea</name>
    <message>
        <source>Select a case and press Enter to open it.</source>
        <extracomment>what the caseload shows (next date, overdue, events, open conflicts) is built from these width of the compact caseload (name and next date) beside an open case window action key -&gt; (module, dialog class) of the interop dialogs; each dialog takes ``(session, parent, case_id=...)`` and is imported only when it is opened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caseload could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ConferenceList</name>
    <message>
        <source>Case conferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record conference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Confirm</name>
    <message>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ConsentLine</name>
    <message>
        <source>Consent check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survivor&apos;s consent of %1 for %2 covers %3: making it may share data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Goals</name>
    <message>
        <source>Care-plan goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;milestones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a goal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a goal with a milestone that is not done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone marked done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Levels</name>
    <message>
        <source>Housing stability and safety over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record h&amp;ousing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing and safety in words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PassphraseForm</name>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Referrals</name>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor&apos;s choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record c&amp;hoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, consent #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (needs consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a referral first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Remove this %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ScreeningList</name>
    <message>
        <source>Screenings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start screening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what they have &amp;told us…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the survivor&apos;s own copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1. A disclosure to the survivor (their own copy) was logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
