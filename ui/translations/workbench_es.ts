<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActionRow</name>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Qué hay que hacer</translation>
    </message>
    <message>
        <source>— owner —</source>
        <translation>— responsable —</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Acción %1</translation>
    </message>
    <message>
        <source>Action %1 owner</source>
        <translation>Responsable de la acción %1</translation>
    </message>
    <message>
        <source>Action %1 due</source>
        <translation>Vencimiento de la acción %1</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Agregar usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Agregar usuario</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>Usuario %1 agregado.</translation>
    </message>
</context>
<context>
    <name>Administration</name>
    <message>
        <source>Screening instrument %1 has no data category; add it to timeline.screening.administration.CATEGORY_OF.</source>
        <translation>El instrumento de evaluación %1 no tiene categoría de datos; agréguelo a timeline.screening.administration.CATEGORY_OF.</translation>
    </message>
</context>
<context>
    <name>AgendaDock</name>
    <message>
        <source>Agenda items</source>
        <translation>Elementos de la agenda</translation>
    </message>
    <message>
        <source>Loading the agenda</source>
        <translation>Cargando la agenda</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
</context>
<context>
    <name>AgendaListModel</name>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Next 14 days</source>
        <translation>Próximos 14 días</translation>
    </message>
    <message>
        <source>interpreter needed</source>
        <translation>intérprete necesario</translation>
    </message>
    <message>
        <source>interpreter requested</source>
        <translation>intérprete solicitado</translation>
    </message>
    <message>
        <source>interpreter confirmed</source>
        <translation>intérprete confirmado</translation>
    </message>
</context>
<context>
    <name>Aggregate</name>
    <message>
        <source>The report&apos;s end date is before its start date.</source>
        <translation>La fecha de fin del informe es anterior a su fecha de inicio.</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Appointment saved.</source>
        <translation>Cita guardada.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>AssignStaffDialog</name>
    <message>
        <source>Assigned staff</source>
        <translation>Personal asignado</translation>
    </message>
    <message>
        <source>Who works on this case (their agenda lists its dates):</source>
        <translation>Quién trabaja en este caso (su agenda muestra sus fechas):</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>No longer users of this vault (removed when you save): %1</source>
        <translation>Ya no son usuarios de esta bóveda (se quitan al guardar): %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Assigned staff saved.</source>
        <translation>Personal asignado guardado.</translation>
    </message>
</context>
<context>
    <name>AttendeeRow</name>
    <message>
        <source>attendee</source>
        <translation>asistente</translation>
    </message>
    <message>
        <source>Pick or type a name</source>
        <translation>Elija o escriba un nombre</translation>
    </message>
    <message>
        <source>Attendee name</source>
        <translation>Nombre del asistente</translation>
    </message>
    <message>
        <source>Role (e.g. shelter case worker)</source>
        <translation>Rol (p. ej., personal del albergue)</translation>
    </message>
    <message>
        <source>Attendee role</source>
        <translation>Rol del asistente</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Audit chain check</source>
        <translation>Verificación de las cadenas de auditoría</translation>
    </message>
    <message>
        <source>&amp;Verify chains</source>
        <translation>&amp;Verificar cadenas</translation>
    </message>
    <message>
        <source>Chains intact.</source>
        <translation>Cadenas intactas.</translation>
    </message>
    <message>
        <source>Chain broken: </source>
        <translation>Cadena rota: </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>A backup already exists at that location; choose a new folder.</source>
        <translation>Ya existe una copia de seguridad en esa ubicación; elija una carpeta nueva.</translation>
    </message>
    <message>
        <source>The backup failed its integrity check; it was not used.</source>
        <translation>La copia de seguridad no pasó su verificación de integridad; no se usó.</translation>
    </message>
    <message>
        <source>Restoring needs the user name and passphrase of someone who can open the backup, so it can be checked first.</source>
        <translation>Para restaurar se necesitan el nombre de usuario y la frase de contraseña de alguien que pueda abrir la copia de seguridad, para poder verificarla primero.</translation>
    </message>
    <message>
        <source>That folder is not a Workbench backup.</source>
        <translation>Esa carpeta no es una copia de seguridad de Workbench.</translation>
    </message>
    <message>
        <source>That backup is in use or was not closed cleanly; it was not used.</source>
        <translation>Esa copia de seguridad está en uso o no se cerró correctamente; no se usó.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>The period&apos;s start (--from) is after its end (--to); swap them.</source>
        <translation>El inicio del período (--from) es posterior a su fin (--to); inviértalos.</translation>
    </message>
    <message>
        <source>There is no staff member with that name; the vault&apos;s users are %1.</source>
        <translation>No hay ningún miembro del personal con ese nombre; los usuarios de la bóveda son %1.</translation>
    </message>
    <message>
        <source>Name the purpose of a full-detail export (it is written to each case&apos;s disclosure log).</source>
        <translation>Indique el propósito de una exportación con todos los detalles (se escribe en el registro de divulgaciones de cada caso).</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or --force to replace it.</source>
        <translation>%1 ya existe; elija otro nombre o use --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>%1 is a folder; name the .ics file to write.</source>
        <translation>%1 es una carpeta; indique el archivo .ics que se escribirá.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it first.</source>
        <translation>La carpeta %1 no existe; créela primero.</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Each item shows only its kind and time, e.g. “Hearing (Workbench)” on 9 Dec at 09:00. No names, case references, titles, places, notes, staff or interpreter languages. Not a disclosure: a calendar service learns only that something of that kind is on at that time.</source>
        <translation>Cada elemento muestra solo su tipo y su hora, p. ej., “Hearing (Workbench)” el 9 de diciembre a las 09:00. Sin nombres, referencias de casos, títulos, lugares, notas, personal ni idiomas de intérpretes. No es una divulgación: un servicio de calendario solo sabe que hay algo de ese tipo a esa hora.</translation>
    </message>
    <message>
        <source>Kind and time, plus the case reference, e.g. “Hearing — C-0012 (Workbench)”. Still no names, titles, places or notes. Not a disclosure, but anyone who can read the calendar can tell which items belong to the same case.</source>
        <translation>Tipo y hora, más la referencia del caso, p. ej., “Hearing — C-0012 (Workbench)”. Tampoco hay nombres, títulos, lugares ni notas. No es una divulgación, pero quien pueda leer el calendario puede saber qué elementos pertenecen al mismo caso.</translation>
    </message>
    <message>
        <source>The titles, places and notes your role sees, with the case reference. Use it only for a calendar that is as protected as the vault.</source>
        <translation>Los títulos, lugares y notas que su rol ve, con la referencia del caso. Úselo solo para un calendario tan protegido como la bóveda.</translation>
    </message>
    <message>
        <source>⚠ A full-detail calendar is a disclosure: it is recorded in the disclosure log of every case in it, and the calendar service (Google, Microsoft, your phone) can read every title, place and note in it.</source>
        <translation>⚠ Un calendario con todos los detalles es una divulgación: se registra en el registro de divulgaciones de cada caso que contiene, y el servicio de calendario (Google, Microsoft, su teléfono) puede leer cada título, lugar y nota que contiene.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Miembro del personal</translation>
    </message>
    <message>
        <source>Only the &amp;period from</source>
        <translation>Solo el &amp;período del</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Inicio del período</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin del período</translation>
    </message>
    <message>
        <source>Only a period</source>
        <translation>Solo un período</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Qué contiene el archivo</translation>
    </message>
    <message>
        <source>Disclosure warning</source>
        <translation>Advertencia de divulgación</translation>
    </message>
    <message>
        <source>Purpose of the disclosure</source>
        <translation>Propósito de la divulgación</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Archivo de calendario</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the calendar file</source>
        <translation>Elegir el archivo de calendario</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export message</source>
        <translation>Mensaje de la exportación</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Exportar el calendario</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the calendar export</source>
        <translation>Cerrar la exportación del calendario</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>Pe&amp;rsonal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Detail in the file</source>
        <translation>Detalle en el archivo</translation>
    </message>
    <message>
        <source>&amp;Generic (safe default)</source>
        <translation>&amp;Genérico (opción segura)</translation>
    </message>
    <message>
        <source>Case &amp;reference</source>
        <translation>Re&amp;ferencia del caso</translation>
    </message>
    <message>
        <source>&amp;Full (a disclosure)</source>
        <translation>C&amp;ompleto (una divulgación)</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>Propósi&amp;to</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>Arc&amp;hivo</translation>
    </message>
    <message>
        <source>Every case you may see (%1)</source>
        <translation>Todos los casos que usted puede ver (%1)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todo el personal</translation>
    </message>
    <message>
        <source>Save the calendar as</source>
        <translation>Guardar el calendario como</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Elija el archivo que se escribirá.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>Se escribió %1 en %2.</translation>
    </message>
    <message>
        <source>Recorded as a disclosure in each case&apos;s log.</source>
        <translation>Registrado como divulgación en el registro de cada caso.</translation>
    </message>
    <message>
        <source>Not a disclosure: nothing in it identifies a survivor.</source>
        <translation>No es una divulgación: nada en el archivo identifica a una persona sobreviviente.</translation>
    </message>
    <message>
        <source>The calendar could not be written (%1); nothing was recorded.</source>
        <translation>No se pudo escribir el calendario (%1); no se registró nada.</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Escribiendo el calendario…</translation>
    </message>
</context>
<context>
    <name>Calendars</name>
    <message>
        <source>Unknown holiday field(s) %1 in calendar data.</source>
        <translation>Campo(s) de feriado desconocido(s) %1 en los datos del calendario.</translation>
    </message>
    <message>
        <source>Unknown holiday calendar %1; known: %2.</source>
        <translation>Calendario de feriados desconocido %1; conocidos: %2.</translation>
    </message>
    <message>
        <source>Calendar %1: observe must be one of %2.</source>
        <translation>Calendario %1: observe debe ser uno de %2.</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <source>There is no matter with id %1 in this case.</source>
        <translation>No hay ningún asunto con id %1 en este caso.</translation>
    </message>
    <message>
        <source>There is no referral with id %1 in this case.</source>
        <translation>No hay ninguna derivación con id %1 en este caso.</translation>
    </message>
    <message>
        <source>measure: %1 is not a measure; write %2.</source>
        <translation>measure: %1 no es una medida; escriba %2.</translation>
    </message>
    <message>
        <source>%1: %2 is not a %3 score (a whole number from %4 to %5).</source>
        <translation>%1: %2 no es una puntuación de %3 (un número entero de %4 a %5).</translation>
    </message>
    <message>
        <source>%1: %2 is outside %3&apos;s range (%4–%5).</source>
        <translation>%1: %2 está fuera del rango de %3 (%4–%5).</translation>
    </message>
    <message>
        <source>%1: %2 is not a %3; one of: %4.</source>
        <translation>%1: %2 no es un valor válido de %3; uno de: %4.</translation>
    </message>
    <message>
        <source>%1: %2 is not yes or no.</source>
        <translation>%1: %2 no es sí ni no.</translation>
    </message>
    <message>
        <source>A baseline or a target needs a measure: say how the goal is measured (%1).</source>
        <translation>Una línea de base o una meta necesita una medida: indique cómo se mide el objetivo (%1).</translation>
    </message>
    <message>
        <source>%1 is a screen, not a measure of change over time; measure the goal by a severity score (such as phq9, gad7 or pcl5), a status or yes/no.</source>
        <translation>%1 es un tamizaje, no una medida del cambio a lo largo del tiempo; mida el objetivo con una puntuación de gravedad (como phq9, gad7 o pcl5), un estado o sí/no.</translation>
    </message>
    <message>
        <source>A goal measured by %1 scores is a %2 record (the scores are); choose %2 or another measure.</source>
        <translation>Un objetivo medido con puntuaciones de %1 es un registro de %2 (como las puntuaciones); elija %2 u otra medida.</translation>
    </message>
    <message>
        <source>A goal has no field %1 to change here.</source>
        <translation>Un objetivo no tiene ningún campo %1 que se pueda cambiar aquí.</translation>
    </message>
    <message>
        <source>There is no goal with id %1 in this case.</source>
        <translation>No hay ningún objetivo con id %1 en este caso.</translation>
    </message>
    <message>
        <source>There is no milestone with id %1 in this case.</source>
        <translation>No hay ningún hito con id %1 en este caso.</translation>
    </message>
</context>
<context>
    <name>CarePlanTab</name>
    <message>
        <source>Read only. %1</source>
        <translation>Solo lectura. %1</translation>
    </message>
</context>
<context>
    <name>CaseDetails</name>
    <message>
        <source>There is no safe address with id %1 in this case.</source>
        <translation>No hay ninguna dirección segura con id %1 en este caso.</translation>
    </message>
    <message>
        <source>assigned_to: %1 is not a user of this vault</source>
        <translation>assigned_to: %1 no es usuario de esta bóveda</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Case header</source>
        <translation>Encabezado del caso</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Languages and interpreter</source>
        <translation>Idiomas e intérprete</translation>
    </message>
    <message>
        <source>Safe contact</source>
        <translation>Contacto seguro</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Próxima fecha</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflictos abiertos</translation>
    </message>
    <message>
        <source>interpreter needed: %1</source>
        <translation>necesita intérprete: %1</translation>
    </message>
    <message>
        <source>no interpreter needed</source>
        <translation>no necesita intérprete</translation>
    </message>
    <message>
        <source>pronouns not recorded</source>
        <translation>pronombres no registrados</translation>
    </message>
    <message>
        <source>Languages: %1 · %2</source>
        <translation>Idiomas: %1 · %2</translation>
    </message>
    <message>
        <source>Safe contact: %1</source>
        <translation>Contacto seguro: %1</translation>
    </message>
    <message>
        <source>no instructions recorded</source>
        <translation>no hay instrucciones registradas</translation>
    </message>
    <message>
        <source>Next date: %1</source>
        <translation>Próxima fecha: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Vencidos: %1</translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation>Conflictos abiertos: %1</translation>
    </message>
</context>
<context>
    <name>CaseIntakeDialog</name>
    <message>
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Languages (comma separated)</source>
        <translation>Idiomas (separados por comas)</translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation>Idioma del intérprete</translation>
    </message>
    <message>
        <source>Safe contact method</source>
        <translation>Método de contacto seguro</translation>
    </message>
    <message>
        <source>Address is confidential</source>
        <translation>La dirección es confidencial</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Intake message</source>
        <translation>Mensaje de admisión</translation>
    </message>
    <message>
        <source>&amp;Display name (required)</source>
        <translation>&amp;Nombre preferido (obligatorio)</translation>
    </message>
    <message>
        <source>Everything below is optional and can wait; add it, or the legal name and address, later from the case&apos;s Overview (Edit case…)</source>
        <translation>Todo lo que sigue es opcional y puede esperar; agréguelo más adelante, junto con el nombre legal y la dirección, desde el Resumen del caso (Editar caso…)</translation>
    </message>
    <message>
        <source>&amp;Pronouns</source>
        <translation>&amp;Pronombres</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <source>&amp;Interpreter language</source>
        <translation>Idioma del in&amp;térprete</translation>
    </message>
    <message>
        <source>Safe &amp;contact method</source>
        <translation>Método de &amp;contacto seguro</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction</source>
        <translation>&amp;Jurisdicción</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>A display name is needed; any name the person chooses.</source>
        <translation>Se necesita un nombre preferido; cualquier nombre que la persona elija.</translation>
    </message>
    <message>
        <source>Date of birth: %1</source>
        <translation>Fecha de nacimiento: %1</translation>
    </message>
</context>
<context>
    <name>CaseListDialog</name>
    <message>
        <source>Attorney</source>
        <translation>Abogado(a)</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Personal clínico</translation>
    </message>
    <message>
        <source>Certifying official</source>
        <translation>Funcionario certificador</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>Primero seleccione una fila.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>¿Quitar %1?</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Se quitó.</translation>
    </message>
    <message>
        <source>Safe addresses</source>
        <translation>Direcciones seguras</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>Trámite</translation>
    </message>
    <message>
        <source>Address to print</source>
        <translation>Dirección que se imprime</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Matters &amp;&amp; triggers</source>
        <translation>Asuntos &amp;&amp; desencadenantes</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Care plan &amp;&amp; referrals</source>
        <translation>Plan de atención &amp;&amp; derivaciones</translation>
    </message>
    <message>
        <source>Packets &amp;&amp; disclosures</source>
        <translation>Paquetes &amp;&amp; divulgaciones</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Screenings</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>Case conferences</source>
        <translation>Reuniones de caso</translation>
    </message>
    <message>
        <source>Timeline &amp;&amp; dates</source>
        <translation>Cronología &amp;&amp; fechas</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Consent &amp;&amp; documents</source>
        <translation>Consentimiento &amp;&amp; documentos</translation>
    </message>
    <message>
        <source>Care &amp;&amp; referrals</source>
        <translation>Atención &amp;&amp; derivaciones</translation>
    </message>
    <message>
        <source>Case workspace</source>
        <translation>Espacio de trabajo del caso</translation>
    </message>
    <message>
        <source>Case pages</source>
        <translation>Páginas del caso</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
</context>
<context>
    <name>CaseloadTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Próxima fecha</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflictos abiertos</translation>
    </message>
    <message>
        <source>Assigned staff</source>
        <translation>Personal asignado</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue item(s)</source>
        <extracomment>the columns a compact caseload (beside an open case) keeps: name and next date</extracomment>
        <translation>
            <numerusform>%n elemento vencido</numerusform>
            <numerusform>%n elementos vencidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencido</numerusform>
            <numerusform>%n vencidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n conflicto abierto</numerusform>
            <numerusform>%n conflictos abiertos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>Search name, reference or staff</source>
        <translation>Buscar nombre, referencia o personal</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <source>Only overdue or conflicts</source>
        <translation>Solo vencidos o con conflictos</translation>
    </message>
    <message>
        <source>Only cases needing attention</source>
        <translation>Solo los casos que requieren atención</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>Mostrar todas las columnas</translation>
    </message>
    <message>
        <source>Show all caseload columns</source>
        <translation>Mostrar todas las columnas de los casos</translation>
    </message>
    <message>
        <source>Show every caseload column (Ctrl+Shift+E)</source>
        <translation>Mostrar todas las columnas de los casos (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Carga de casos</translation>
    </message>
</context>
<context>
    <name>CategoricalStripWidget</name>
    <message>
        <source>Housing stability and safety chart</source>
        <translation>Gráfico de estabilidad de vivienda y seguridad</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Aún no hay nada registrado</translation>
    </message>
    <message>
        <source>improved</source>
        <translation>mejoró</translation>
    </message>
    <message>
        <source>worsened</source>
        <translation>empeoró</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Contact location</source>
        <translation>Ubicación y contacto</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Atención médica</translation>
    </message>
    <message>
        <source>Reproductive health</source>
        <translation>Salud reproductiva</translation>
    </message>
    <message>
        <source>HIV / STI</source>
        <translation>VIH / ITS</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Consumo de sustancias</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Inmigración</translation>
    </message>
    <message>
        <source>Protective order</source>
        <translation>Orden de protección</translation>
    </message>
    <message>
        <source>Criminal case</source>
        <translation>Caso penal</translation>
    </message>
    <message>
        <source>Family case</source>
        <translation>Caso de familia</translation>
    </message>
    <message>
        <source>Trafficking narrative</source>
        <translation>Relato de la trata</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>Housing benefits</source>
        <translation>Beneficios de vivienda</translation>
    </message>
    <message>
        <source>Aggregate reporting</source>
        <translation>Informes agregados</translation>
    </message>
</context>
<context>
    <name>CategoryInSentence</name>
    <message>
        <source>identity</source>
        <extracomment>a category as a sentence names it, lower case (&quot;housing benefits records&quot;)</extracomment>
        <translation>identidad</translation>
    </message>
    <message>
        <source>contact location</source>
        <translation>ubicación y contacto</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>atención médica</translation>
    </message>
    <message>
        <source>reproductive health</source>
        <translation>salud reproductiva</translation>
    </message>
    <message>
        <source>hiv sti</source>
        <translation>VIH / ITS</translation>
    </message>
    <message>
        <source>mental health</source>
        <translation>salud mental</translation>
    </message>
    <message>
        <source>substance use</source>
        <translation>consumo de sustancias</translation>
    </message>
    <message>
        <source>immigration</source>
        <translation>inmigración</translation>
    </message>
    <message>
        <source>protective order</source>
        <translation>orden de protección</translation>
    </message>
    <message>
        <source>criminal case</source>
        <translation>caso penal</translation>
    </message>
    <message>
        <source>family case</source>
        <translation>caso de familia</translation>
    </message>
    <message>
        <source>trafficking narrative</source>
        <translation>relato de la trata</translation>
    </message>
    <message>
        <source>safety plan</source>
        <translation>plan de seguridad</translation>
    </message>
    <message>
        <source>housing benefits</source>
        <translation>beneficios de vivienda</translation>
    </message>
    <message>
        <source>aggregate reporting</source>
        <translation>informes agregados</translation>
    </message>
</context>
<context>
    <name>CertificateFields</name>
    <message>
        <source>first-class mail</source>
        <translation>correo de primera clase</translation>
    </message>
    <message>
        <source>personal delivery</source>
        <translation>entrega en persona</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>the court&apos;s e-filing system</source>
        <translation>el sistema de presentación electrónica del tribunal</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>&amp;Signature and date line on the cover</source>
        <translation>Línea de fi&amp;rma y fecha en la portada</translation>
    </message>
    <message>
        <source>Signature and date line</source>
        <translation>Línea de firma y fecha</translation>
    </message>
    <message>
        <source>Served on</source>
        <translation>Notificado a</translation>
    </message>
    <message>
        <source>Who was served (leave empty for no certificate of service)</source>
        <translation>A quién se notificó (déjelo vacío si no hay certificado de notificación)</translation>
    </message>
    <message>
        <source>How served</source>
        <translation>Forma de notificación</translation>
    </message>
    <message>
        <source>Choose how…</source>
        <translation>Elija la forma…</translation>
    </message>
    <message>
        <source>Date served</source>
        <translation>Fecha de notificación</translation>
    </message>
    <message>
        <source>Certificate of service — note</source>
        <translation>Certificado de notificación — nota</translation>
    </message>
    <message>
        <source>Certificate of service — error</source>
        <translation>Certificado de notificación — error</translation>
    </message>
    <message>
        <source>Served o&amp;n</source>
        <translation>&amp;Notificado a</translation>
    </message>
    <message>
        <source>&amp;Date served</source>
        <translation>Fec&amp;ha de notificación</translation>
    </message>
    <message>
        <source>How ser&amp;ved</source>
        <translation>For&amp;ma de notificación</translation>
    </message>
    <message>
        <source>A certificate of service goes on court packets only.</source>
        <translation>El certificado de notificación solo va en paquetes para el tribunal.</translation>
    </message>
    <message>
        <source>Choose how the packet was served on %1.</source>
        <translation>Elija cómo se notificó el paquete a %1.</translation>
    </message>
    <message>
        <source>Date served: </source>
        <translation>Fecha de notificación: </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Cambiar mi frase de contraseña</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Cambiar</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Frase de contraseña cambiada.</translation>
    </message>
    <message>
        <source>That is not your current passphrase; nothing was changed.</source>
        <translation>Esa no es su frase de contraseña actual; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>ClosureCalendar</name>
    <message>
        <source>Federal courts and agencies (including EOIR, the BIA and USCIS): executive-order closures, ECAS and CM/ECF outages</source>
        <translation>Tribunales y agencias federales (incluidos EOIR, la BIA y USCIS): cierres por orden ejecutiva, interrupciones de ECAS y CM/ECF</translation>
    </message>
    <message>
        <source>California: state-declared holidays and state-court closures</source>
        <translation>California: feriados declarados por el estado y cierres de los tribunales estatales</translation>
    </message>
    <message>
        <source>New York: state-declared holidays and state-court closures</source>
        <translation>Nueva York: feriados declarados por el estado y cierres de los tribunales estatales</translation>
    </message>
    <message>
        <source>Texas: state-declared holidays and state-court closures</source>
        <translation>Texas: feriados declarados por el estado y cierres de los tribunales estatales</translation>
    </message>
    <message>
        <source>Every calendar (federal, state and agency deadlines alike)</source>
        <translation>Todos los calendarios (plazos federales, estatales y de agencias por igual)</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <source>Closure saved; every computed deadline was recomputed.</source>
        <translation>Cierre guardado; se recalcularon todos los plazos calculados.</translation>
    </message>
    <message>
        <source>Court closure</source>
        <translation>Cierre del tribunal</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
</context>
<context>
    <name>ClosureReason</name>
    <message>
        <source>Holiday</source>
        <translation>Día feriado</translation>
    </message>
    <message>
        <source>Executive order</source>
        <translation>Orden ejecutiva</translation>
    </message>
    <message>
        <source>Inaccessible</source>
        <translation>Inaccesible</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Interrupción del servicio</translation>
    </message>
</context>
<context>
    <name>ClosuresDialog</name>
    <message>
        <source>Court closures</source>
        <translation>Cierres del tribunal</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Adding a closure recomputes every computed deadline; dates changed by hand are kept.</source>
        <translation>Agregar un cierre recalcula todos los plazos calculados; se conservan las fechas cambiadas a mano.</translation>
    </message>
    <message>
        <source>&amp;Add closure…</source>
        <translation>&amp;Agregar cierre…</translation>
    </message>
    <message>
        <source>Add closure</source>
        <translation>Agregar cierre</translation>
    </message>
</context>
<context>
    <name>ComingUpStrip</name>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>no one assigned</source>
        <translation>nadie asignado</translation>
    </message>
    <message>
        <source>Coming &amp;up for this case</source>
        <translation>Pró&amp;ximamente en este caso</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Quién actúa</translation>
    </message>
    <message>
        <source>Coming up: the next dates of this case</source>
        <translation>Próximamente: las siguientes fechas de este caso</translation>
    </message>
    <message>
        <source>Nothing scheduled from today on.</source>
        <translation>No hay nada programado de hoy en adelante.</translation>
    </message>
</context>
<context>
    <name>ConferenceDialog</name>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>Gave their views beforehand</source>
        <translation>Dio su opinión de antemano</translation>
    </message>
    <message>
        <source>Represented, with their agreement</source>
        <translation>Tuvo representación, con su acuerdo</translation>
    </message>
    <message>
        <source>Chose not to take part</source>
        <translation>Decidió no participar</translation>
    </message>
    <message>
        <source>Case conference</source>
        <translation>Reunión de caso</translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation>&amp;Celebrada el</translation>
    </message>
    <message>
        <source>Minutes are of a conference that was held: the day cannot be in the future.</source>
        <translation>El acta es de una reunión ya celebrada: la fecha no puede ser futura.</translation>
    </message>
    <message>
        <source>Survivor&apos;s &amp;participation</source>
        <translation>&amp;Participación de la persona sobreviviente</translation>
    </message>
    <message>
        <source>— how did they take part? —</source>
        <translation>— ¿cómo participó? —</translation>
    </message>
    <message>
        <source>Their &amp;wishes, in their words</source>
        <translation>Sus &amp;deseos, en sus propias palabras</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Add a&amp;ttendee</source>
        <translation>Agregar a&amp;sistente</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Add d&amp;ecision</source>
        <translation>Agregar d&amp;ecisión</translation>
    </message>
    <message>
        <source>Recorded actions</source>
        <translation>Acciones registradas</translation>
    </message>
    <message>
        <source>New actions</source>
        <translation>Acciones nuevas</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Add &amp;action</source>
        <translation>Agregar &amp;acción</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message numerus="yes">
        <source>Case conference saved; %n action(s) added to the timeline.</source>
        <translation>
            <numerusform>Reunión de caso guardada; se agregó %n acción a la cronología.</numerusform>
            <numerusform>Reunión de caso guardada; se agregaron %n acciones a la cronología.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case conference saved.</source>
        <translation>Reunión de caso guardada.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>(Each is a task: mark it done on the page or the timeline.)</source>
        <translation>(Cada una es una tarea: márquela como hecha en la página o en la cronología.)</translation>
    </message>
    <message>
        <source>Say how the survivor took part (or that they chose not to).</source>
        <translation>Indique cómo participó la persona sobreviviente (o que decidió no participar).</translation>
    </message>
    <message>
        <source>Action %1: %2</source>
        <translation>Acción %1: %2</translation>
    </message>
    <message>
        <source>The survivor</source>
        <translation>La persona sobreviviente</translation>
    </message>
</context>
<context>
    <name>Conferences</name>
    <message>
        <source>%1: a conference&apos;s minutes have no such field.</source>
        <translation>%1: el acta de una reunión no tiene ese campo.</translation>
    </message>
    <message>
        <source>There is no case conference with id %1 in this case.</source>
        <translation>No hay ninguna reunión de caso con id %1 en este caso.</translation>
    </message>
    <message>
        <source>Held on: give the day the conference was held (YYYY-MM-DD).</source>
        <translation>Celebrada el: indique el día en que se celebró la reunión (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Held on: %1 is in the future. Minutes are recorded after the conference; put a planned one on the timeline as a case conference instead.</source>
        <translation>Celebrada el: %1 es una fecha futura. El acta se registra después de la reunión; ponga una reunión prevista en la cronología como reunión de caso.</translation>
    </message>
    <message>
        <source>Participation: say how the survivor took part (attended, gave their views beforehand, was represented, or declined).</source>
        <translation>Participación: indique cómo participó la persona sobreviviente (asistió, dio su opinión de antemano, tuvo representación o decidió no participar).</translation>
    </message>
    <message>
        <source>Participation: %1 is not one of %2.</source>
        <translation>Participación: %1 no es uno de %2.</translation>
    </message>
    <message>
        <source>%1: say what is to be done.</source>
        <translation>%1: indique qué hay que hacer.</translation>
    </message>
    <message>
        <source>%1: the owner must be a user of this vault (%2).</source>
        <translation>%1: la persona responsable debe ser usuario de esta bóveda (%2).</translation>
    </message>
    <message>
        <source>%1: give the day it is due (YYYY-MM-DD).</source>
        <translation>%1: indique el día en que vence (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>%1: due %2 is before the conference (%3).</source>
        <translation>%1: el vencimiento %2 es anterior a la reunión (%3).</translation>
    </message>
</context>
<context>
    <name>ConferencesTab</name>
    <message>
        <source>none open</source>
        <translation>ninguna abierta</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n abierta</numerusform>
            <numerusform>%n abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n overdue)</source>
        <translation>
            <numerusform>%1 (%n vencida)</numerusform>
            <numerusform>%1 (%n vencidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Hecha</translation>
    </message>
    <message>
        <source>⚠ Overdue</source>
        <translation>⚠ Vencida</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>Views given</source>
        <translation>Dio su opinión</translation>
    </message>
    <message>
        <source>Represented</source>
        <translation>Con representación</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Decidió no participar</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 is now %2 (you had %3)</source>
        <translation>%1 ahora es %2 (usted tenía %3)</translation>
    </message>
    <message>
        <source>Someone else changed this since you opened it</source>
        <translation>Otra persona cambió esto después de que usted lo abrió</translation>
    </message>
    <message numerus="yes">
        <source>%n more field(s)</source>
        <translation>
            <numerusform>%n campo más</numerusform>
            <numerusform>%n campos más</numerusform>
        </translation>
    </message>
    <message>
        <source>Your changes are kept below; save again to apply them on top.</source>
        <translation>Sus cambios se conservan abajo; guarde de nuevo para aplicarlos sobre la versión actual.</translation>
    </message>
</context>
<context>
    <name>ConflictKind</name>
    <message>
        <source>Overlap</source>
        <extracomment>each enum&apos;s table and the context its labels are translated under</extracomment>
        <translation>Superposición</translation>
    </message>
    <message>
        <source>Travel buffer</source>
        <translation>Tiempo de traslado</translation>
    </message>
    <message>
        <source>Evidence late</source>
        <translation>Prueba tardía</translation>
    </message>
    <message>
        <source>Interpreter not booked</source>
        <translation>Intérprete sin confirmar</translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation>Idioma del intérprete</translation>
    </message>
    <message>
        <source>Interpreter double booked</source>
        <translation>Intérprete con dos reservas</translation>
    </message>
    <message>
        <source>Closed day</source>
        <translation>Día cerrado</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>Expected by passed</source>
        <translation>Fecha esperada vencida</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Expected-by date</source>
        <translation>Fecha esperada</translation>
    </message>
    <message>
        <source>client</source>
        <extracomment>who acts on an &quot;expected by&quot; date, as a reason names them (&quot;the court&quot;)</extracomment>
        <translation>el cliente</translation>
    </message>
    <message>
        <source>court</source>
        <translation>el tribunal</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>la agencia</translation>
    </message>
    <message>
        <source>clinic</source>
        <translation>la clínica</translation>
    </message>
    <message>
        <source>%1 at %2 and %3 at %4 on %5 overlap: the client cannot be at both.</source>
        <translation>%1 a las %2 y %3 a las %4 del %5 se superponen: la persona no puede estar en los dos lugares.</translation>
    </message>
    <message>
        <source>%1 at %2 is %3 from the court hearing at %4 on %5; allow at least %6 for travel.</source>
        <translation>%1 a las %2 está a %3 de la audiencia judicial de las %4 del %5; deje al menos %6 para el traslado.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source> (earliest defensible reading %1)</source>
        <translation> (interpretación defendible más temprana: %1)</translation>
    </message>
    <message>
        <source>%1 on %2 produces evidence for a filing due %3%4: it comes too late; move it before the deadline.</source>
        <translation>%1 del %2 aporta evidencia para una presentación que vence el %3%4: llega demasiado tarde; muévalo antes del plazo.</translation>
    </message>
    <message>
        <source>one is requested but not confirmed</source>
        <translation>hay uno solicitado pero no confirmado</translation>
    </message>
    <message>
        <source>none is confirmed</source>
        <translation>ninguno está confirmado</translation>
    </message>
    <message>
        <source>%1 on %2%3 needs an interpreter%4, and %5 48 h before it: confirm one now.</source>
        <translation>%1 del %2%3 necesita un intérprete%4, y %5 48 h antes: confirme uno ahora.</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> a las %1</translation>
    </message>
    <message>
        <source>The interpreter booked for %1 on %2 is booked for another language (%3) than the one needed (%4): book an interpreter of the right one.</source>
        <translation>El intérprete reservado para %1 del %2 está reservado para otro idioma (%3) distinto del necesario (%4): reserve un intérprete del idioma correcto.</translation>
    </message>
    <message>
        <source>The interpreter booked for %1 on %2 is booked for another dialect (%3) than the one needed (%4): book an interpreter of the right one.</source>
        <translation>El intérprete reservado para %1 del %2 está reservado para otro dialecto (%3) distinto del necesario (%4): reserve un intérprete del dialecto correcto.</translation>
    </message>
    <message>
        <source>an appointment of another case</source>
        <translation>una cita de otro caso</translation>
    </message>
    <message>
        <source>The interpreter booked for %1 at %2 on %3 is also booked for %4 at %5 on %6: they cannot be at both; book another interpreter for one of them.</source>
        <translation>El intérprete reservado para %1 a las %2 del %3 también está reservado para %4 a las %5 del %6: no puede estar en los dos lugares; reserve otro intérprete para uno de ellos.</translation>
    </message>
    <message>
        <source>%1 on %2 falls on a day the court is closed (%3); check the date.</source>
        <translation>%1 del %2 cae en un día en que el tribunal está cerrado (%3); revise la fecha.</translation>
    </message>
    <message>
        <source>%1 on %2 has no staff member assigned; assign one.</source>
        <translation>%1 del %2 no tiene ningún miembro del personal asignado; asigne uno.</translation>
    </message>
    <message>
        <source>The %1 was expected to act by %2 and nothing later is on the timeline for this matter; ask the %1 and record what happened.</source>
        <translation>Se esperaba que %1 actuara a más tardar el %2 y no hay nada posterior en la cronología para este asunto; consulte con %1 y registre lo que pasó.</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Conflicts on this timeline</source>
        <translation>Conflictos en esta cronología</translation>
    </message>
    <message>
        <source>&amp;Conflicts ({n})</source>
        <translation>C&amp;onflictos ({n})</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>SQLCipher (sqlcipher3) is not installed; Workbench will not store data unencrypted.</source>
        <translation>SQLCipher (sqlcipher3) no está instalado; Workbench no guardará datos sin cifrar.</translation>
    </message>
    <message>
        <source>The database module is not SQLCipher 4; Workbench will not store data unencrypted.</source>
        <translation>El módulo de base de datos no es SQLCipher 4; Workbench no guardará datos sin cifrar.</translation>
    </message>
    <message>
        <source>The database connection did not take the connection recipe (%1); Workbench will not use it.</source>
        <translation>La conexión a la base de datos no aceptó la configuración de conexión (%1); Workbench no la usará.</translation>
    </message>
    <message>
        <source>The database connection is not SQLCipher 4.</source>
        <translation>La conexión a la base de datos no es SQLCipher 4.</translation>
    </message>
    <message>
        <source>The vault file has a plaintext SQLite header; refusing to use it.</source>
        <translation>El archivo de la bóveda tiene un encabezado SQLite sin cifrar; se rechaza su uso.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Revoked %1</source>
        <translation>Revocado el %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Venció el %1</translation>
    </message>
    <message>
        <source>Not yet in force (from %1)</source>
        <translation>Aún no está vigente (desde el %1)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>en %1 días</translation>
    </message>
    <message>
        <source>Expires %1 (%2)</source>
        <translation>Vence %1 (%2)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>the consent to %1 for %2 (%3), granted %4</source>
        <translation>el consentimiento a favor de %1 para %2 (%3), otorgado el %4</translation>
    </message>
</context>
<context>
    <name>ConsentContacts</name>
    <message>
        <source>Name the new recipient (e.g. the court or the agency).</source>
        <translation>Indique el nombre del nuevo destinatario (p. ej., el tribunal o la agencia).</translation>
    </message>
    <message>
        <source>%1 is already in the list; choose it there.</source>
        <translation>%1 ya está en la lista; elíjalo allí.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent revoked from %1; packets no longer include what it covered.</source>
        <translation>Consentimiento revocado a partir del %1; los paquetes ya no incluyen lo que cubría.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Consentimiento registrado.</translation>
    </message>
    <message>
        <source>Revoke consent</source>
        <translation>Revocar consentimiento</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registrar consentimiento</translation>
    </message>
    <message>
        <source>Revoke %1.</source>
        <translation>Revocar %1.</translation>
    </message>
    <message>
        <source>Consent to revoke</source>
        <translation>Consentimiento que se revoca</translation>
    </message>
    <message>
        <source>Revoked from</source>
        <translation>Revocado a partir del</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>&amp;Destinatario</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Propósito</translation>
    </message>
    <message>
        <source>e.g. Court hearing, T visa application</source>
        <translation>p. ej., audiencia en el tribunal, solicitud de visa T</translation>
    </message>
    <message>
        <source>&amp;Granted on</source>
        <translation>&amp;Otorgado el</translation>
    </message>
    <message>
        <source>&amp;Expires on (optional)</source>
        <translation>&amp;Vence el (opcional)</translation>
    </message>
    <message>
        <source>&amp;How given</source>
        <translation>&amp;Forma de otorgarlo</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Por escrito</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Electrónico</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Registrar…</translation>
    </message>
    <message>
        <source>The revocation date is before the consent was granted (%1).</source>
        <translation>La fecha de revocación es anterior a la fecha en que se otorgó el consentimiento (%1).</translation>
    </message>
    <message>
        <source>Tick at least one category the survivor agreed to share.</source>
        <translation>Marque al menos una categoría que la persona sobreviviente aceptó compartir.</translation>
    </message>
    <message>
        <source>The expiry date is before the grant date (%1).</source>
        <translation>La fecha de vencimiento es anterior a la fecha de otorgamiento (%1).</translation>
    </message>
    <message>
        <source>%1 already covers these categories.</source>
        <translation>%1 ya cubre estas categorías.</translation>
    </message>
    <message>
        <source>Revoke %1?</source>
        <translation>¿Revocar %1?</translation>
    </message>
    <message>
        <source>From %1 no packet will include what it covers. A revocation cannot be undone; a new consent would have to be recorded.</source>
        <translation>A partir del %1 ningún paquete incluirá lo que cubre. Una revocación no se puede deshacer; habría que registrar un nuevo consentimiento.</translation>
    </message>
    <message>
        <source>Record %1?</source>
        <translation>¿Registrar %1?</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>Vence el %1.</translation>
    </message>
    <message>
        <source>It has no expiry date.</source>
        <translation>No tiene fecha de vencimiento.</translation>
    </message>
    <message>
        <source>Confirm consent</source>
        <translation>Confirmar consentimiento</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>Re&amp;gistrar consentimiento…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <source>Select the consent to revoke in the table first.</source>
        <translation>Primero seleccione en la tabla el consentimiento que se revoca.</translation>
    </message>
    <message>
        <source>That consent was already revoked on %1.</source>
        <translation>Ese consentimiento ya se revocó el %1.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Otorgado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>sin vencimiento</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>Forma de otorgarlo</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>for an interpreter</source>
        <translation>para un intérprete</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Contacto guardado.</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>There is no contact with id %1 in this case.</source>
        <translation>No hay ningún contacto con id %1 en este caso.</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>The people around this case: interpreter, certifying official, attorney, clinician…</source>
        <translation>Las personas vinculadas a este caso: intérprete, funcionario certificador, abogado(a), personal clínico…</translation>
    </message>
    <message>
        <source>the contact %1</source>
        <translation>el contacto %1</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <source>Create a vault</source>
        <translation>Crear una bóveda</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>Program dashboard</source>
        <translation>Panel del programa</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>— suppressed (fewer than %1, or to protect another cell)</source>
        <translation>— suprimido (menos de %1, o para proteger otra celda)</translation>
    </message>
    <message>
        <source>Last 4 quarters (%1 – %2)</source>
        <translation>Últimos 4 trimestres (%1 – %2)</translation>
    </message>
    <message>
        <source>none to compute</source>
        <translation>nada que calcular</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>New intakes</source>
        <translation>Admisiones nuevas</translation>
    </message>
    <message>
        <source>cases opened</source>
        <translation>casos abiertos</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Casos activos</translation>
    </message>
    <message>
        <source>in the period</source>
        <translation>en el período</translation>
    </message>
    <message>
        <source>Referrals completed</source>
        <translation>Derivaciones completadas</translation>
    </message>
    <message>
        <source>reached in the period</source>
        <translation>logradas en el período</translation>
    </message>
    <message>
        <source>Screenings improved</source>
        <translation>Evaluaciones con mejora</translation>
    </message>
    <message>
        <source>clinically meaningful change</source>
        <translation>cambio clínicamente significativo</translation>
    </message>
    <message>
        <source>Interpreters booked</source>
        <translation>Intérpretes reservados</translation>
    </message>
    <message>
        <source>needs met</source>
        <translation>necesidades cubiertas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>suppressed: fewer than %1, or to protect another cell</source>
        <translation>suprimido: menos de %1, o para proteger otra celda</translation>
    </message>
    <message>
        <source>Report template</source>
        <translation>Plantilla del informe</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Building the report</source>
        <translation>Generando el informe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>Pla&amp;ntilla</translation>
    </message>
    <message>
        <source>P&amp;eriod</source>
        <translation>P&amp;eríodo</translation>
    </message>
    <message>
        <source>Building the report: counting, then checking that no small number can be worked out…</source>
        <translation>Generando el informe: contando y luego comprobando que no se pueda deducir ningún número pequeño…</translation>
    </message>
    <message>
        <source>The report could not be built (an unexpected error); nothing was recorded.</source>
        <translation>No se pudo generar el informe (un error inesperado); no se registró nada.</translation>
    </message>
    <message>
        <source>%1, %2 – %3.</source>
        <translation>%1, %2 – %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) left out: their survivor has not consented to aggregate reporting.</source>
        <translation>
            <numerusform>%n caso excluido: la persona sobreviviente no dio su consentimiento para los informes agregados.</numerusform>
            <numerusform>%n casos excluidos: las personas sobrevivientes no dieron su consentimiento para los informes agregados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Calculado sobre</translation>
    </message>
    <message>
        <source>withheld: computed over fewer than %1</source>
        <translation>retenido: calculado sobre menos de %1</translation>
    </message>
    <message>
        <source>Referrals by service type</source>
        <translation>Derivaciones por tipo de servicio</translation>
    </message>
    <message>
        <source>Interpreter needs by language</source>
        <translation>Necesidades de intérprete por idioma</translation>
    </message>
    <message>
        <source>New intakes by language</source>
        <translation>Admisiones nuevas por idioma</translation>
    </message>
    <message>
        <source>Change in screening scores</source>
        <translation>Cambio en las puntuaciones de las evaluaciones</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Report written to %1 (recorded as a disclosure).</source>
        <translation>Informe escrito en %1 (registrado como divulgación).</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Type a date as YYYY-MM-DD or %1, or press Alt+Down for a calendar</source>
        <translation>Escriba una fecha como AAAA-MM-DD o %1, o pulse Alt+Down para ver un calendario</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <source>Pick from calendar (Alt+Down)</source>
        <translation>Elegir en el calendario (Alt+Down)</translation>
    </message>
    <message>
        <source>Pick from calendar</source>
        <translation>Elegir en el calendario</translation>
    </message>
    <message>
        <source>pick from calendar</source>
        <translation>elegir en el calendario</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>calendario</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Trigger %1 already records %2 on %3 for this matter; its deadlines are on the timeline. Record it again only if it is a second event, and say so.</source>
        <translation>El hecho desencadenante %1 ya registra %2 el %3 para este asunto; sus plazos están en la cronología. Regístrelo otra vez solo si es un segundo hecho, e indíquelo.</translation>
    </message>
    <message>
        <source>Matter %1 belongs to another case.</source>
        <translation>El asunto %1 pertenece a otro caso.</translation>
    </message>
    <message>
        <source>Calendar %1 is not one of %2.</source>
        <translation>El calendario %1 no es uno de %2.</translation>
    </message>
    <message>
        <source>Reason: use one of %1.</source>
        <translation>Motivo: use uno de %1.</translation>
    </message>
</context>
<context>
    <name>DatesTab</name>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Lane filter</source>
        <translation>Filtro de carril</translation>
    </message>
    <message>
        <source>All lanes</source>
        <translation>Todos los carriles</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtro de tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Search title, rule, status</source>
        <translation>Buscar título, regla, estado</translation>
    </message>
    <message>
        <source>Search dates</source>
        <translation>Buscar fechas</translation>
    </message>
    <message>
        <source>Lane:</source>
        <translation>Carril:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>&amp;Interpreter…</source>
        <translation>&amp;Intérprete…</translation>
    </message>
    <message>
        <source>Interpreter booking of the selected date</source>
        <translation>Reserva de intérprete de la fecha seleccionada</translation>
    </message>
    <message>
        <source>Book, confirm or cancel an interpreter for the selected appointment or hearing</source>
        <translation>Reservar, confirmar o cancelar un intérprete para la cita o audiencia seleccionada</translation>
    </message>
    <message>
        <source>Select an appointment or hearing first.</source>
        <translation>Primero seleccione una cita o una audiencia.</translation>
    </message>
</context>
<context>
    <name>DatesTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Carril</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Quién actúa</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
</context>
<context>
    <name>Day</name>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <translation>%1 %2 %3 %4</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Deadline saved.</source>
        <translation>Plazo guardado.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Quién debe actuar</translation>
    </message>
    <message>
        <source>Responsible staff member</source>
        <translation>Miembro del personal responsable</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>DeadlineReadings</name>
    <message>
        <source>Unknown unit %1 for %2; use one of %3.</source>
        <translation>Unidad desconocida %1 para %2; use una de %3.</translation>
    </message>
    <message>
        <source>Direction must be F or B for %1.</source>
        <translation>La dirección debe ser F o B para %1.</translation>
    </message>
    <message>
        <source>The period of %1 must be a whole number of 0 or more.</source>
        <translation>El período de %1 debe ser un número entero igual o mayor que 0.</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Unknown rule %1. List the rules with `workbench rules`.</source>
        <translation>Regla desconocida %1. Vea la lista de reglas con `workbench rules`.</translation>
    </message>
    <message>
        <source>%1 is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM.</source>
        <translation>%1 no es una fecha: use AAAA-MM-DD o AAAA-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>%1 is not a real date or time.</source>
        <translation>%1 no es una fecha u hora real.</translation>
    </message>
    <message>
        <source>Unknown time zone %1.</source>
        <translation>Zona horaria desconocida %1.</translation>
    </message>
    <message>
        <source>Unknown service method %1; use one of %2.</source>
        <translation>Forma de notificación desconocida %1; use una de %2.</translation>
    </message>
    <message>
        <source>Service %1 does not apply under %2.</source>
        <translation>La notificación %1 no corresponde según %2.</translation>
    </message>
    <message>
        <source>Rule %1 has no parameter %2.</source>
        <translation>La regla %1 no tiene el parámetro %2.</translation>
    </message>
    <message>
        <source>The trigger must be a date or a date and time.</source>
        <translation>El hecho desencadenante debe ser una fecha o una fecha y hora.</translation>
    </message>
    <message>
        <source>The computed date falls outside the calendar (years 1 to 9999); check the trigger date and the count.</source>
        <translation>La fecha calculada cae fuera del calendario (años 1 a 9999); revise la fecha del hecho desencadenante y el conteo.</translation>
    </message>
    <message>
        <source>Give exactly one of --after or --before.</source>
        <translation>Indique exactamente una de las opciones --after o --before.</translation>
    </message>
    <message>
        <source>Unknown unit %1; use one of %2.</source>
        <translation>Unidad desconocida %1; use una de %2.</translation>
    </message>
    <message>
        <source>N must be a whole number of 0 or more.</source>
        <translation>N debe ser un número entero igual o mayor que 0.</translation>
    </message>
    <message>
        <source>N is too large: at most %1 %2 (about a century).</source>
        <translation>N es demasiado grande: como máximo %1 %2 (alrededor de un siglo).</translation>
    </message>
</context>
<context>
    <name>DecidingBodies</name>
    <message>
        <source>Deciding body %1: policy must be one of %2.</source>
        <translation>Órgano de decisión %1: policy debe ser uno de %2.</translation>
    </message>
    <message>
        <source>Unknown deciding body %1; use one of %2.</source>
        <translation>Órgano de decisión desconocido %1; use uno de %2.</translation>
    </message>
</context>
<context>
    <name>DecisionRow</name>
    <message>
        <source>decision</source>
        <translation>decisión</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>Qué se decidió</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>Decisión %1</translation>
    </message>
</context>
<context>
    <name>DisclosuresTab</name>
    <message>
        <source>Disclosures</source>
        <translation>Divulgaciones</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Fundamento legal</translation>
    </message>
    <message>
        <source>Packet SHA-256</source>
        <translation>SHA-256 del paquete</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Document attached.</source>
        <translation>Documento adjuntado.</translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation>Adjuntar documento</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Browse for a file</source>
        <translation>Buscar un archivo</translation>
    </message>
    <message>
        <source>File (PDF, PNG or JPEG)</source>
        <translation>Archivo (PDF, PNG o JPEG)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Document date (optional)</source>
        <translation>Fecha del documento (opcional)</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Documentos (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size (KB)</source>
        <translation>Tamaño (KB)</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>Ad&amp;juntar…</translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <source>Edit case</source>
        <translation>Editar caso</translation>
    </message>
    <message>
        <source>Display name (required)</source>
        <translation>Nombre preferido (obligatorio)</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>comma separated, e.g. Spanish, English</source>
        <translation>separados por comas, p. ej., español, inglés</translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation>Idioma del intérprete</translation>
    </message>
    <message>
        <source>empty: no interpreter needed</source>
        <translation>vacío: no necesita intérprete</translation>
    </message>
    <message>
        <source>Safe contact method</source>
        <translation>Método de contacto seguro</translation>
    </message>
    <message>
        <source>Confidential: never printed; filings use a safe address</source>
        <translation>Confidencial: nunca se imprime; los trámites usan una dirección segura</translation>
    </message>
    <message>
        <source>Address is confidential</source>
        <translation>La dirección es confidencial</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>A display name is needed; any name the person chooses.</source>
        <translation>Se necesita un nombre preferido; cualquier nombre que la persona elija.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Case details saved.</source>
        <translation>Datos del caso guardados.</translation>
    </message>
</context>
<context>
    <name>EhrFhir</name>
    <message>
        <source>is not valid JSON (column %1)</source>
        <translation>no es JSON válido (columna %1)</translation>
    </message>
    <message>
        <source>is not a FHIR resource (a JSON object)</source>
        <translation>no es un recurso FHIR (un objeto JSON)</translation>
    </message>
    <message>
        <source>holds no FHIR resource</source>
        <translation>no contiene ningún recurso FHIR</translation>
    </message>
    <message>
        <source>must be a list of entries</source>
        <translation>debe ser una lista de entradas</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>is not a valid FHIR R4 resource</source>
        <translation>no es un recurso FHIR R4 válido</translation>
    </message>
    <message>
        <source>is %1; only %2 are read</source>
        <translation>es %1; solo se leen %2</translation>
    </message>
    <message>
        <source>appears more than once in the file</source>
        <translation>aparece más de una vez en el archivo</translation>
    </message>
    <message>
        <source>is missing: an appointment is imported by its id</source>
        <translation>falta: una cita se importa por su id</translation>
    </message>
    <message>
        <source>is missing: an appointment without a time (proposed or waitlisted) cannot go on the timeline yet</source>
        <translation>falta: una cita sin hora (propuesta o en lista de espera) todavía no puede ir a la cronología</translation>
    </message>
    <message>
        <source>is before the start</source>
        <translation>es anterior al inicio</translation>
    </message>
    <message>
        <source>is missing: a patient is matched by reference or identifier only</source>
        <translation>falta: un paciente se empareja solo por referencia o identificador</translation>
    </message>
</context>
<context>
    <name>EhrImport</name>
    <message>
        <source>%1 holds no Appointment.ndjson (a bulk export&apos;s folder), or name the file itself.</source>
        <translation>%1 no contiene ningún Appointment.ndjson (la carpeta de una exportación masiva); o indique el archivo mismo.</translation>
    </message>
    <message>
        <source>File not found: %1</source>
        <translation>No se encontró el archivo: %1</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (FHIR JSON is UTF-8).</source>
        <translation>%1 no es texto UTF-8 (el JSON de FHIR es UTF-8).</translation>
    </message>
    <message>
        <source>Say which case this patient is with --case REF.</source>
        <translation>Indique a qué caso corresponde este paciente con --case REF.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 resource(s) refused: %2%3. Fix them in the EHR&apos;s export, or import the rest with --skip-refused.</source>
        <translation>No se importó nada: %1 recurso(s) rechazado(s): %2%3. Corríjalos en la exportación del EHR, o importe el resto con --skip-refused.</translation>
    </message>
    <message>
        <source>There is no case %1; check the reference (workbench cases VAULT lists them).</source>
        <translation>No existe el caso %1; revise la referencia (workbench cases VAULT los muestra).</translation>
    </message>
    <message>
        <source>No appointment of the file that can be imported names the patient %1; give it as the refusal shows it (e.g. Patient/123). A refused appointment cannot confirm a patient.</source>
        <translation>Ninguna cita del archivo que se pueda importar nombra al paciente %1; indíquelo como aparece en el rechazo (p. ej., Patient/123). Una cita rechazada no puede confirmar a un paciente.</translation>
    </message>
    <message>
        <source>%1 is linked to another case already; nothing was linked. A patient belongs to one case.</source>
        <translation>%1 ya está vinculado a otro caso; no se vinculó nada. Un paciente pertenece a un solo caso.</translation>
    </message>
    <message>
        <source>the patient&apos;s identifiers are linked to different cases; unlink the wrong one first</source>
        <translation>los identificadores del paciente están vinculados a casos distintos; primero desvincule el equivocado</translation>
    </message>
    <message>
        <source>the patient is linked to another case, not %1</source>
        <translation>el paciente está vinculado a otro caso, no a %1</translation>
    </message>
    <message>
        <source>patient %1 is not linked to a case yet: confirm it once with --case %2 --confirm-patient %1</source>
        <translation>el paciente %1 aún no está vinculado a un caso: confírmelo una vez con --case %2 --confirm-patient %1</translation>
    </message>
    <message>
        <source>was imported into another case; its patient changed in the EHR: fix it there or unlink it</source>
        <translation>se importó en otro caso; su paciente cambió en el EHR: corríjalo allí o desvincúlelo</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>Medical appointment</source>
        <translation>Cita médica</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>Audiencia judicial</translation>
    </message>
    <message>
        <source>Legal deadline</source>
        <translation>Plazo legal</translation>
    </message>
    <message>
        <source>Service appointment</source>
        <translation>Cita de servicios</translation>
    </message>
    <message>
        <source>Case conference</source>
        <translation>Reunión de caso</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
</context>
<context>
    <name>EventStatus</name>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No cumplido</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>%1: must be a whole number from 1 to 5, or left out</source>
        <extracomment>what the role policy must grant to take feedback: whoever takes an intake may hand out the form</extracomment>
        <translation>%1: debe ser un número entero del 1 al 5, o quedar vacío</translation>
    </message>
    <message>
        <source>felt_safe: must be one of %1, or left out</source>
        <translation>felt_safe: debe ser uno de %1, o quedar vacío</translation>
    </message>
    <message>
        <source>Feedback needs at least one answer: every question was skipped, so nothing was saved.</source>
        <translation>Los comentarios necesitan al menos una respuesta: no se respondió ninguna pregunta, así que no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>FeedbackFormDialog</name>
    <message>
        <source>Survivor feedback</source>
        <translation>Sus comentarios</translation>
    </message>
    <message>
        <source>Survivor feedback form</source>
        <translation>Formulario de comentarios</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <source>Every question was skipped, so nothing was saved.</source>
        <translation>No se respondió ninguna pregunta, así que no se guardó nada.</translation>
    </message>
    <message>
        <source>Survivor feedback saved.</source>
        <translation>Se guardaron los comentarios.</translation>
    </message>
</context>
<context>
    <name>FhirImportDialog</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Ignored (cancelled)</source>
        <translation>Ignorada (cancelada)</translation>
    </message>
    <message>
        <source>Appointments from the clinic&apos;s EHR, as FHIR R4: an Appointment Bundle, a bulk export&apos;s NDJSON file, or the export&apos;s folder. Check the file first: nothing is written until you import, and then all of it or nothing. Clinicians and supervisors may import; each appointment becomes a “Clinic appointment” (the EHR&apos;s description stays in its notes), its practitioners the case&apos;s contacts.</source>
        <translation>Citas del expediente clínico (EHR) de la clínica, en FHIR R4: un Appointment Bundle, el archivo NDJSON de una exportación masiva o la carpeta de la exportación. Primero revise el archivo: no se escribe nada hasta que usted importa, y entonces se importa todo o nada. Pueden importar el personal clínico y los supervisores; cada cita pasa a ser una “Cita de la clínica” (la descripción del EHR queda en sus notas) y sus profesionales, contactos del caso.</translation>
    </message>
    <message>
        <source>Import from the EHR</source>
        <translation>Importar del expediente clínico (EHR)</translation>
    </message>
    <message>
        <source>File or folder to import</source>
        <translation>Archivo o carpeta que se importa</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Check the file</source>
        <translation>&amp;Revisar el archivo</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Qué haría la importación</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>When, or why refused</source>
        <translation>Cuándo, o por qué se rechazó</translation>
    </message>
    <message>
        <source>Planned appointments and refusals</source>
        <translation>Citas previstas y rechazos</translation>
    </message>
    <message>
        <source>Confirm the patient as this case&apos;s survivor</source>
        <translation>Confirmar que el paciente es la persona sobreviviente de este caso</translation>
    </message>
    <message>
        <source>Forget the patient &amp;link…</source>
        <translation>Olvidar el &amp;vínculo con el paciente…</translation>
    </message>
    <message>
        <source>&amp;Skip the refused and import the rest</source>
        <translation>&amp;Omitir los rechazados e importar el resto</translation>
    </message>
    <message>
        <source>Skip the refused</source>
        <translation>Omitir los rechazados</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The EHR&apos;s export</source>
        <translation>La exportación del EHR</translation>
    </message>
    <message>
        <source>FHIR files (*.json *.ndjson)</source>
        <translation>Archivos FHIR (*.json *.ndjson)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the EHR&apos;s file (or its export folder) first.</source>
        <translation>Primero elija el archivo del EHR (o su carpeta de exportación).</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 cancelled, %4 unchanged, %5 ignored, %6 refused.</source>
        <translation>%1 nuevas, %2 actualizadas, %3 canceladas, %4 sin cambios, %5 ignoradas, %6 rechazadas.</translation>
    </message>
    <message>
        <source>%1 (identifier %2) is not linked to a case yet. Open the survivor&apos;s case, then import from there to confirm it once.</source>
        <translation>%1 (identificador %2) aún no está vinculado a un caso. Abra el caso de la persona sobreviviente y luego importe desde allí para confirmarlo una vez.</translation>
    </message>
    <message>
        <source>%1 (identifier %2) is not linked to a case yet. Check the EHR&apos;s record: is this the survivor of case %3? Workbench never matches a patient by name.</source>
        <translation>%1 (identificador %2) aún no está vinculado a un caso. Revise el registro del EHR: ¿es la persona sobreviviente del caso %3? Workbench nunca empareja a un paciente por su nombre.</translation>
    </message>
    <message>
        <source>&amp;This patient is the survivor of case %1</source>
        <translation>Este &amp;paciente es la persona sobreviviente del caso %1</translation>
    </message>
    <message>
        <source>no case</source>
        <translation>sin caso</translation>
    </message>
    <message numerus="yes">
        <source>Imported into %1: %2 new, %3 updated, %4 cancelled, %5 unchanged; %n practitioner(s) added to the contacts</source>
        <translation>
            <numerusform>Importado en %1: %2 nuevas, %3 actualizadas, %4 canceladas, %5 sin cambios; %n profesional agregado a los contactos</numerusform>
            <numerusform>Importado en %1: %2 nuevas, %3 actualizadas, %4 canceladas, %5 sin cambios; %n profesionales agregados a los contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n refused resource(s) skipped</source>
        <translation>
            <numerusform>; se omitió %n recurso rechazado</numerusform>
            <numerusform>; se omitieron %n recursos rechazados</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>EHR patient of %1: %2</source>
        <translation>Paciente del EHR de %1: %2</translation>
    </message>
    <message>
        <source>Forget the patient link</source>
        <translation>Olvidar el vínculo con el paciente</translation>
    </message>
    <message>
        <source>Forget which EHR patient is %1?</source>
        <translation>¿Olvidar qué paciente del EHR es %1?</translation>
    </message>
    <message>
        <source>The appointments already imported stay. The next import of that patient stops until you confirm it again.</source>
        <translation>Las citas ya importadas se conservan. La próxima importación de ese paciente se detendrá hasta que usted lo confirme de nuevo.</translation>
    </message>
    <message>
        <source>%1 is no longer linked to an EHR patient.</source>
        <translation>%1 ya no está vinculado a un paciente del EHR.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>; the patient is now linked to the case</source>
        <translation>; el paciente ahora está vinculado al caso</translation>
    </message>
    <message>
        <source>Imported as listed below.</source>
        <translation>Importado como se indica abajo.</translation>
    </message>
    <message>
        <source>The file could not be read ({type(exc).__name__}).</source>
        <translation>No se pudo leer el archivo ({type(exc).__name__}).</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>contains characters that are not valid text</source>
        <translation>contiene caracteres que no son texto válido</translation>
    </message>
    <message>
        <source>is required and must be text</source>
        <translation>es obligatorio y debe ser texto</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>%1 is not a date (use YYYY-MM-DD)</source>
        <translation>%1 no es una fecha (use AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>%1 is not a date and time (use YYYY-MM-DDTHH:MM with a UTC offset, e.g. +01:00)</source>
        <translation>%1 no es una fecha y hora (use AAAA-MM-DDTHH:MM con una diferencia respecto de UTC, p. ej., +01:00)</translation>
    </message>
    <message>
        <source>%1 is not a date and time</source>
        <translation>%1 no es una fecha y hora</translation>
    </message>
    <message>
        <source>needs a time zone or UTC offset</source>
        <translation>necesita una zona horaria o una diferencia respecto de UTC</translation>
    </message>
    <message>
        <source>%1 is in the future; give the day the case was opened</source>
        <translation>%1 es una fecha futura; indique el día en que se abrió el caso</translation>
    </message>
    <message>
        <source>%1 is not yes or no</source>
        <translation>%1 no es sí ni no</translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation>%1 no es uno de: %2</translation>
    </message>
    <message>
        <source>must be a list of text values</source>
        <translation>debe ser una lista de valores de texto</translation>
    </message>
    <message>
        <source>must be a list of whole numbers</source>
        <translation>debe ser una lista de números enteros</translation>
    </message>
    <message>
        <source>%1 is a consent category only; a record is one of: %2</source>
        <translation>%1 es solo una categoría de consentimiento; un registro es de una de: %2</translation>
    </message>
    <message>
        <source>needs at least one data category</source>
        <translation>necesita al menos una categoría de datos</translation>
    </message>
    <message>
        <source>%1 is not a time zone (use a name such as America/New_York)</source>
        <translation>%1 no es una zona horaria (use un nombre como America/New_York)</translation>
    </message>
    <message>
        <source>%1 ends both by COUNT and by UNTIL; a repeat rule ends by one of them (RFC 5545): keep COUNT (how many times) or UNTIL (the last day)</source>
        <translation>%1 termina a la vez por COUNT y por UNTIL; una regla de repetición termina por uno de los dos (RFC 5545): deje COUNT (cuántas veces) o UNTIL (el último día)</translation>
    </message>
    <message>
        <source>%1 is not a recurrence rule (e.g. FREQ=WEEKLY;COUNT=10)</source>
        <translation>%1 no es una regla de repetición (p. ej., FREQ=WEEKLY;COUNT=10)</translation>
    </message>
    <message>
        <source>must be a record id (a whole number)</source>
        <translation>debe ser el id de un registro (un número entero)</translation>
    </message>
    <message>
        <source>must be a SHA-256 hex digest (64 characters 0-9, a-f)</source>
        <translation>debe ser un resumen SHA-256 en hexadecimal (64 caracteres 0-9, a-f)</translation>
    </message>
    <message>
        <source>is not a field of %1</source>
        <translation>no es un campo de %1</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>the value given</source>
        <translation>el valor indicado</translation>
    </message>
    <message>
        <source>this event has interpreter bookings, and it counts as booked exactly while one of them is confirmed: confirm, decline or cancel a booking instead (workbench interpreter, or Dates → Interpreter…)</source>
        <translation>este evento tiene reservas de intérprete y cuenta como reservado exactamente mientras una de ellas está confirmada: confirme, rechace o cancele una reserva (workbench interpreter, o Fechas → Intérprete…)</translation>
    </message>
</context>
<context>
    <name>FieldCipher</name>
    <message>
        <source>The hub connection is locked. Unlock it to continue.</source>
        <translation>La conexión con el centro está bloqueada. Desbloquéela para continuar.</translation>
    </message>
    <message>
        <source>a PostgreSQL engine must be opened through models.hub</source>
        <translation>un motor PostgreSQL debe abrirse a través de models.hub</translation>
    </message>
    <message>
        <source>%1 row %2, column %3: not an encrypted value (altered on the server)</source>
        <translation>%1 fila %2, columna %3: no es un valor cifrado (alterado en el servidor)</translation>
    </message>
    <message>
        <source>%1 row %2, column %3: the encrypted value does not verify (altered or moved on the server)</source>
        <translation>%1 fila %2, columna %3: el valor cifrado no se verifica (alterado o movido en el servidor)</translation>
    </message>
    <message>
        <source>%1 was written without being sealed for its row</source>
        <translation>%1 se escribió sin estar sellado para su fila</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Each milestone needs a title after its date.</source>
        <translation>Cada hito necesita un título después de su fecha.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <source>That is too far from today.</source>
        <translation>Está demasiado lejos de hoy.</translation>
    </message>
    <message>
        <source>The date cannot be after %1.</source>
        <translation>La fecha no puede ser posterior al %1.</translation>
    </message>
    <message>
        <source>The date cannot be before %1.</source>
        <translation>La fecha no puede ser anterior al %1.</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD, e.g. %1.</source>
        <translation>Escriba una fecha como AAAA-MM-DD, p. ej., %1.</translation>
    </message>
    <message>
        <source>Use YYYY-MM-DD, e.g. %1.</source>
        <translation>Use AAAA-MM-DD, p. ej., %1.</translation>
    </message>
    <message>
        <source>The year must be between 0001 and 9999.</source>
        <translation>El año debe estar entre 0001 y 9999.</translation>
    </message>
    <message>
        <source>There is no month %1: months run from 01 to 12.</source>
        <translation>No existe el mes %1: los meses van del 01 al 12.</translation>
    </message>
    <message>
        <source>%1 %2 has %3 days.</source>
        <comment>February 2026 has 28 days</comment>
        <translation>%1 de %2 tiene %3 días.</translation>
    </message>
    <message>
        <source>Not a time: use HH:MM (24-hour), e.g. 09:30.</source>
        <translation>No es una hora: use HH:MM (24 horas), p. ej., 09:30.</translation>
    </message>
    <message>
        <source>A date of birth cannot be in the future.</source>
        <translation>Una fecha de nacimiento no puede ser futura.</translation>
    </message>
    <message>
        <source>State the purpose the survivor agreed to (e.g. Court hearing).</source>
        <translation>Indique el propósito que aceptó la persona sobreviviente (p. ej., audiencia en el tribunal).</translation>
    </message>
    <message>
        <source>Choose the recipient from the list, or add one with New recipient…</source>
        <translation>Elija el destinatario de la lista, o agregue uno con Nuevo destinatario…</translation>
    </message>
    <message>
        <source>%1 is not in the list: choose a recipient from the list, or add it with New recipient…</source>
        <translation>%1 no está en la lista: elija un destinatario de la lista, o agréguelo con Nuevo destinatario…</translation>
    </message>
    <message>
        <source>Choose a file that exists.</source>
        <translation>Elija un archivo que exista.</translation>
    </message>
    <message>
        <source>The file is larger than 25 MB.</source>
        <translation>El archivo pesa más de 25 MB.</translation>
    </message>
    <message>
        <source>Only PDF, PNG and JPEG files can be attached.</source>
        <translation>Solo se pueden adjuntar archivos PDF, PNG y JPEG.</translation>
    </message>
    <message>
        <source>Choose a trigger event to see the dates it gives.</source>
        <translation>Elija un hecho desencadenante para ver las fechas que da.</translation>
    </message>
</context>
<context>
    <name>GenericTitle</name>
    <message>
        <source>Medical appointment</source>
        <translation>Cita médica</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>Audiencia judicial</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Service appointment</source>
        <translation>Cita de servicios</translation>
    </message>
    <message>
        <source>Case conference</source>
        <translation>Reunión de caso</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Due or done</source>
        <translation>Vence / hecho</translation>
    </message>
    <message>
        <source>Linked event</source>
        <translation>Evento vinculado</translation>
    </message>
    <message>
        <source>Mark milestone &amp;done</source>
        <translation>Marcar hito como &amp;hecho</translation>
    </message>
    <message>
        <source>Mark milestone done</source>
        <translation>Marcar hito como hecho</translation>
    </message>
    <message>
        <source>Lin&amp;k to event…</source>
        <translation>&amp;Vincular a un evento…</translation>
    </message>
    <message>
        <source>Link to event</source>
        <translation>Vincular a un evento</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <source>No goal selected</source>
        <translation>Ningún objetivo seleccionado</translation>
    </message>
    <message>
        <source>Select a goal to see its milestones and history.</source>
        <translation>Seleccione un objetivo para ver sus hitos y su historial.</translation>
    </message>
    <message>
        <source>Select a goal first.</source>
        <translation>Primero seleccione un objetivo.</translation>
    </message>
    <message>
        <source>✓ done %1</source>
        <translation>✓ hecho el %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>This goal has no milestones yet.</source>
        <translation>Este objetivo aún no tiene hitos.</translation>
    </message>
    <message>
        <source>%1 · baseline %2 · latest %3 · target %4</source>
        <translation>%1 · línea de base %2 · último %3 · meta %4</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Care-plan goal saved.</source>
        <translation>Objetivo del plan de atención guardado.</translation>
    </message>
    <message>
        <source>Care-plan goal</source>
        <translation>Objetivo del plan de atención</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Milestones (YYYY-MM-DD title, one a line)</source>
        <translation>Hitos (AAAA-MM-DD título, uno por línea)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Logrado</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Income and benefits</source>
        <translation>Ingresos y beneficios</translation>
    </message>
    <message>
        <source>Education and employment</source>
        <translation>Educación y empleo</translation>
    </message>
    <message>
        <source>Social connection</source>
        <translation>Vínculos sociales</translation>
    </message>
    <message>
        <source>Unsheltered</source>
        <extracomment>the values a status or yes/no measure takes (timeline.outcomes.LEVELS), as the picker shows</extracomment>
        <translation>En situación de calle</translation>
    </message>
    <message>
        <source>Emergency shelter</source>
        <translation>Albergue de emergencia</translation>
    </message>
    <message>
        <source>Staying with others</source>
        <translation>Con otras personas</translation>
    </message>
    <message>
        <source>Transitional</source>
        <translation>Transitoria</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Estable</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Sin medir</translation>
    </message>
    <message>
        <source>%1 score (%2–%3)</source>
        <translation>Puntuación de %1 (%2–%3)</translation>
    </message>
    <message>
        <source>Housing status</source>
        <translation>Situación de vivienda</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Sí / no</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>Todavía no hay historial.</translation>
    </message>
    <message>
        <source>&amp;Goal, in the survivor&apos;s words</source>
        <translation>&amp;Objetivo, en las palabras de la persona sobreviviente</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>Á&amp;rea</translation>
    </message>
    <message>
        <source>Survivor&apos;s &amp;priority</source>
        <translation>&amp;Prioridad para la persona sobreviviente</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>Sin prioridad</translation>
    </message>
    <message>
        <source>The survivor&apos;s own ranking: 1 matters most to them</source>
        <translation>La prioridad que le da la propia persona sobreviviente: 1 es lo que más le importa</translation>
    </message>
    <message>
        <source>&amp;Measured by</source>
        <translation>&amp;Medido por</translation>
    </message>
    <message>
        <source>&amp;Baseline</source>
        <translation>Línea de &amp;base</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>M&amp;eta</translation>
    </message>
    <message>
        <source>M&amp;ilestones (YYYY-MM-DD title, one a line)</source>
        <translation>H&amp;itos (AAAA-MM-DD título, uno por línea)</translation>
    </message>
    <message>
        <source>%1–%2 (%3 total)</source>
        <translation>%1–%2 (%3 en total)</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— sin definir —</translation>
    </message>
    <message>
        <source>Kept with the case&apos;s %1 records.</source>
        <translation>Se guarda con los registros de %1 del caso.</translation>
    </message>
    <message>
        <source>Your role may not add or change these: saving will be refused.</source>
        <translation>Su rol no puede agregar ni cambiar estos datos: se rechazará al guardar.</translation>
    </message>
</context>
<context>
    <name>GoalStatusDialog</name>
    <message>
        <source>Goal status saved.</source>
        <translation>Estado del objetivo guardado.</translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation>Estado del objetivo</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <source>&amp;Note (why; kept with the history)</source>
        <translation>&amp;Nota (por qué; se guarda con el historial)</translation>
    </message>
    <message>
        <source>The goal is already %1: choose another status.</source>
        <translation>El objetivo ya está en %1: elija otro estado.</translation>
    </message>
</context>
<context>
    <name>Hardening</name>
    <message>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>La bóveda está bloqueada. Desbloquéela para continuar.</translation>
    </message>
</context>
<context>
    <name>HearingDialog</name>
    <message>
        <source>Hearing saved.</source>
        <translation>Audiencia guardada.</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Court and room</source>
        <translation>Tribunal y sala</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Asunto</translation>
    </message>
</context>
<context>
    <name>Holiday</name>
    <message>
        <source>%1 (observed)</source>
        <translation>%1 (feriado trasladado)</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>Lincoln Day</source>
        <translation>Día de Lincoln</translation>
    </message>
    <message>
        <source>Cesar Chavez Day</source>
        <translation>Día de César Chávez</translation>
    </message>
    <message>
        <source>Native American Day</source>
        <translation>Día de los Nativos Americanos</translation>
    </message>
    <message>
        <source>Day after Thanksgiving</source>
        <translation>Día después de Acción de Gracias</translation>
    </message>
    <message>
        <source>Lincoln&apos;s Birthday</source>
        <translation>Natalicio de Lincoln</translation>
    </message>
    <message>
        <source>General Election Day</source>
        <translation>Día de las Elecciones Generales</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Año Nuevo</translation>
    </message>
    <message>
        <source>Martin Luther King, Jr., Day</source>
        <translation>Día de Martin Luther King, Jr.</translation>
    </message>
    <message>
        <source>Confederate Heroes Day</source>
        <translation>Día de los Héroes Confederados</translation>
    </message>
    <message>
        <source>Presidents&apos; Day</source>
        <translation>Día de los Presidentes</translation>
    </message>
    <message>
        <source>Texas Independence Day</source>
        <translation>Día de la Independencia de Texas</translation>
    </message>
    <message>
        <source>San Jacinto Day</source>
        <translation>Día de San Jacinto</translation>
    </message>
    <message>
        <source>Memorial Day</source>
        <translation>Día de los Caídos</translation>
    </message>
    <message>
        <source>Emancipation Day in Texas</source>
        <translation>Día de la Emancipación en Texas</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Día de la Independencia</translation>
    </message>
    <message>
        <source>Lyndon Baines Johnson Day</source>
        <translation>Día de Lyndon Baines Johnson</translation>
    </message>
    <message>
        <source>Labor Day</source>
        <translation>Día del Trabajo</translation>
    </message>
    <message>
        <source>Veterans Day</source>
        <translation>Día de los Veteranos</translation>
    </message>
    <message>
        <source>Thanksgiving Day</source>
        <translation>Día de Acción de Gracias</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Nochebuena</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Navidad</translation>
    </message>
    <message>
        <source>Day after Christmas</source>
        <translation>Día después de Navidad</translation>
    </message>
    <message>
        <source>Birthday of Martin Luther King, Jr.</source>
        <translation>Natalicio de Martin Luther King, Jr.</translation>
    </message>
    <message>
        <source>Washington&apos;s Birthday</source>
        <translation>Natalicio de Washington</translation>
    </message>
    <message>
        <source>Juneteenth National Independence Day</source>
        <translation>Día Nacional de la Independencia de Juneteenth</translation>
    </message>
    <message>
        <source>Columbus Day</source>
        <translation>Día de Colón</translation>
    </message>
    <message>
        <source>closure: holiday</source>
        <translation>cierre: día feriado</translation>
    </message>
    <message>
        <source>closure: executive order</source>
        <translation>cierre: orden ejecutiva</translation>
    </message>
    <message>
        <source>closure: inaccessible</source>
        <translation>cierre: tribunal inaccesible</translation>
    </message>
    <message>
        <source>closure: outage</source>
        <translation>cierre: interrupción del servicio</translation>
    </message>
</context>
<context>
    <name>HousingDialog</name>
    <message>
        <source>Unsheltered</source>
        <translation>En situación de calle</translation>
    </message>
    <message>
        <source>Emergency shelter</source>
        <translation>Albergue de emergencia</translation>
    </message>
    <message>
        <source>Staying with others</source>
        <translation>Con otras personas</translation>
    </message>
    <message>
        <source>Transitional housing</source>
        <translation>Vivienda transitoria</translation>
    </message>
    <message>
        <source>Stable housing</source>
        <translation>Vivienda estable</translation>
    </message>
    <message>
        <source>Housing status recorded.</source>
        <translation>Situación de vivienda registrada.</translation>
    </message>
    <message>
        <source>Housing status</source>
        <translation>Situación de vivienda</translation>
    </message>
    <message>
        <source>&amp;Lives in</source>
        <translation>&amp;Vive en</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>That day is in the future: record where the survivor lives now, or lived.</source>
        <translation>Ese día es futuro: registre dónde vive o vivió la persona sobreviviente.</translation>
    </message>
    <message>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Nota (opcional)</translation>
    </message>
</context>
<context>
    <name>Hub</name>
    <message>
        <source>A hub is pulled into a new, empty vault.</source>
        <translation>Un centro se copia (pull) a una bóveda nueva y vacía.</translation>
    </message>
    <message>
        <source>Only a hub is re-encrypted; a local vault is re-keyed when a user is removed.</source>
        <translation>Solo un centro se vuelve a cifrar; una bóveda local cambia de claves cuando se quita un usuario.</translation>
    </message>
    <message>
        <source>Disclosure %1 names a case that is no longer in the source; nothing was carried.</source>
        <translation>La divulgación %1 nombra un caso que ya no está en el origen; no se copió nada.</translation>
    </message>
    <message>
        <source>A hub user name is 1 to 40 lower-case letters, digits or &apos;_&apos;, starting with a letter (it is also the database role).</source>
        <translation>Un nombre de usuario del centro tiene de 1 a 40 letras minúsculas, dígitos o &apos;_&apos;, y empieza con una letra (también es el rol de la base de datos).</translation>
    </message>
    <message>
        <source>The hub at %1 asks for a password: put it in a .pgpass file (or PGPASSFILE), use a client certificate, or give it when asked.</source>
        <translation>El servidor del centro en %1 pide una contraseña: póngala en un archivo .pgpass (o PGPASSFILE), use un certificado de cliente o escríbala cuando se le pida.</translation>
    </message>
    <message>
        <source>The hub at %1 cannot be reached (%2). Check the address and network.</source>
        <translation>No se puede conectar con el centro en %1 (%2). Compruebe la dirección y la red.</translation>
    </message>
    <message>
        <source>hub_key_bundles row %1: sealed by someone who may not give keys</source>
        <translation>hub_key_bundles fila %1: sellado por alguien que no puede otorgar claves</translation>
    </message>
    <message>
        <source>hub_key_bundles row %1: the signature does not verify</source>
        <translation>hub_key_bundles fila %1: la firma no se verifica</translation>
    </message>
    <message>
        <source>hub_key_bundles row %1: does not decrypt</source>
        <translation>hub_key_bundles fila %1: no se descifra</translation>
    </message>
    <message>
        <source>hub_members: no first member certifies itself (altered on the server)</source>
        <translation>hub_members: ningún primer miembro se certifica a sí mismo (alterado en el servidor)</translation>
    </message>
    <message>
        <source>hub_members: the hub&apos;s first supervisor is not the one this workstation knows (replaced on the server)</source>
        <translation>hub_members: el primer supervisor del centro no es el que conoce esta estación de trabajo (reemplazado en el servidor)</translation>
    </message>
    <message>
        <source>hub_members row %1: name, kind or role changed on the server</source>
        <translation>hub_members fila %1: el nombre, el tipo o el rol se cambiaron en el servidor</translation>
    </message>
    <message>
        <source>hub_members row %1: the public key was replaced on the server</source>
        <translation>hub_members fila %1: la clave pública se reemplazó en el servidor</translation>
    </message>
    <message>
        <source>hub_members row %1: the signing key does not unwrap</source>
        <translation>hub_members fila %1: la clave de firma no se desenvuelve</translation>
    </message>
    <message>
        <source>hub_members row %1: the signing key was replaced on the server</source>
        <translation>hub_members fila %1: la clave de firma se reemplazó en el servidor</translation>
    </message>
    <message>
        <source>The hub connection is locked. Unlock it to continue.</source>
        <translation>La conexión con el centro está bloqueada. Desbloquéela para continuar.</translation>
    </message>
    <message>
        <source>A user with that name already exists (or did: names of removed users are kept for their signatures).</source>
        <translation>Ya existe un usuario con ese nombre (o existió: los nombres de los usuarios quitados se conservan por sus firmas).</translation>
    </message>
    <message>
        <source>Only a member who holds every key the new role reads can give them (a supervisor).</source>
        <translation>Solo un miembro que tiene todas las claves que lee el nuevo rol puede otorgarlas (un supervisor o una supervisora).</translation>
    </message>
    <message>
        <source>There is no user with that name.</source>
        <translation>No hay ningún usuario con ese nombre.</translation>
    </message>
    <message>
        <source>The last user cannot be removed; add another user first.</source>
        <translation>No se puede quitar al último usuario; primero agregue otro.</translation>
    </message>
    <message>
        <source>Only a supervisor holds every key a rotation renews.</source>
        <translation>Solo un supervisor o una supervisora tiene todas las claves que renueva una rotación.</translation>
    </message>
    <message>
        <source>A hub is backed up on its server (pg_basebackup, WAL archiving), or copied to a local vault with &apos;workbench hub pull&apos;.</source>
        <translation>Un centro se respalda en su servidor (pg_basebackup, archivado de WAL), o se copia a una bóveda local con &apos;workbench hub pull&apos;.</translation>
    </message>
    <message>
        <source>The first user of a hub is its supervisor, who adds the others (--role supervisor).</source>
        <translation>El primer usuario de un centro es su supervisor(a), que agrega a los demás (--role supervisor).</translation>
    </message>
    <message>
        <source>That database is already a hub; open it instead.</source>
        <translation>Esa base de datos ya es un centro; ábrala en su lugar.</translation>
    </message>
    <message>
        <source>hub_members row %1: this member&apos;s row is not certified by a supervisor (altered on the server)</source>
        <translation>hub_members fila %1: la fila de este miembro no está certificada por un supervisor (alterada en el servidor)</translation>
    </message>
    <message>
        <source>hub_key_bundles: this member&apos;s newest key bundle is of generation %1, but this workstation has opened the hub at generation %2: newer bundles were removed on the server (a rollback of a key rotation). Tell the hub&apos;s supervisor.</source>
        <translation>hub_key_bundles: el paquete de claves más reciente de este miembro es de la generación %1, pero esta estación de trabajo abrió el centro en la generación %2: se quitaron paquetes más nuevos en el servidor (una reversión de una rotación de claves). Avise al supervisor o la supervisora del centro.</translation>
    </message>
    <message>
        <source>This user holds no keys of the hub yet; ask a supervisor.</source>
        <translation>Este usuario todavía no tiene ninguna clave del centro; pídala a un supervisor o una supervisora.</translation>
    </message>
</context>
<context>
    <name>HubAddress</name>
    <message>
        <source>A hub address starts with postgresql:// (e.g. postgresql://hub.example.org/workbench).</source>
        <translation>La dirección de un centro empieza con postgresql:// (p. ej., postgresql://hub.example.org/workbench).</translation>
    </message>
    <message>
        <source>Put no password in the hub address: use a client certificate, a .pgpass file (PGPASSFILE), or answer the prompt.</source>
        <translation>No ponga ninguna contraseña en la dirección del centro: use un certificado de cliente, un archivo .pgpass (PGPASSFILE) o responda cuando se le pida.</translation>
    </message>
    <message>
        <source>Put no user name in the hub address: give it with --user.</source>
        <translation>No ponga ningún nombre de usuario en la dirección del centro: indíquelo con --user.</translation>
    </message>
    <message>
        <source>The hub address has parameters Workbench does not use: %1.</source>
        <translation>La dirección del centro tiene parámetros que Workbench no usa: %1.</translation>
    </message>
    <message>
        <source>The hub address&apos;s port is not a number.</source>
        <translation>El puerto de la dirección del centro no es un número.</translation>
    </message>
    <message>
        <source>The hub address needs a database name after the host (postgresql://HOST[:PORT]/DB).</source>
        <translation>La dirección del centro necesita un nombre de base de datos después del host (postgresql://HOST[:PUERTO]/BD).</translation>
    </message>
    <message>
        <source>sslmode=%1 would not verify the server&apos;s certificate; a hub that is not on this machine needs sslmode=verify-full (the default) or verify-ca.</source>
        <translation>sslmode=%1 no verificaría el certificado del servidor; un centro que no está en esta máquina necesita sslmode=verify-full (el valor predeterminado) o verify-ca.</translation>
    </message>
</context>
<context>
    <name>HubConnectDialog</name>
    <message>
        <source>Connect to a hub</source>
        <translation>Conectarse a un centro</translation>
    </message>
    <message>
        <source>A hub is a team&apos;s shared PostgreSQL server. Your workstation encrypts every case field before it is sent; the server never reads a case.</source>
        <translation>Un centro es el servidor PostgreSQL compartido de un equipo. Su estación de trabajo cifra cada campo del caso antes de enviarlo; el servidor nunca lee un caso.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Dirección del centro</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <source>Hub &amp;address</source>
        <translation>&amp;Dirección del centro</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Database password</source>
        <translation>Contraseña de la &amp;base de datos</translation>
    </message>
    <message>
        <source>Address: postgresql://HOST[:PORT]/DATABASE — no user name or password in it.</source>
        <translation>Dirección: postgresql://HOST[:PUERTO]/BASE_DE_DATOS — sin nombre de usuario ni contraseña.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Connection message</source>
        <translation>Mensaje de conexión</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Enter the hub&apos;s address, e.g. postgresql://hub.example.org/workbench.</source>
        <translation>Escriba la dirección del centro, p. ej., postgresql://hub.example.org/workbench.</translation>
    </message>
    <message>
        <source>Enter your user name on the hub.</source>
        <translation>Escriba su nombre de usuario en el centro.</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <source>The hub&apos;s server asks for a database password: enter it.</source>
        <translation>El servidor del centro pide una contraseña de la base de datos: escríbala.</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>Conectando con el centro…</translation>
    </message>
    <message>
        <source>The database password was not accepted; try again.</source>
        <translation>No se aceptó la contraseña de la base de datos; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The hub&apos;s server asks for a database password: enter it below, with your passphrase again.</source>
        <translation>El servidor del centro pide una contraseña de la base de datos: escríbala abajo, junto con su frase de contraseña otra vez.</translation>
    </message>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation>Nombre de usuario o frase de contraseña incorrectos.</translation>
    </message>
    <message>
        <source>The hub could not be opened.</source>
        <translation>No se pudo abrir el centro.</translation>
    </message>
</context>
<context>
    <name>Instruments</name>
    <message>
        <source>%1 has no item %2.</source>
        <translation>%1 no tiene el ítem %2.</translation>
    </message>
    <message>
        <source>Instrument file %1, %2: %3</source>
        <translation>Archivo de instrumento %1, %2: %3</translation>
    </message>
    <message>
        <source>Instrument file %1 is not valid JSON: %2</source>
        <translation>El archivo de instrumento %1 no es JSON válido: %2</translation>
    </message>
    <message>
        <source>Instrument file %1: %2 version %3 is already defined by %4.</source>
        <translation>Archivo de instrumento %1: %2 versión %3 ya está definido por %4.</translation>
    </message>
    <message>
        <source>Unknown screening instrument %1; known: %2.</source>
        <translation>Instrumento de evaluación desconocido %1; conocidos: %2.</translation>
    </message>
    <message>
        <source>%1 has no version %2; shipped: %3.</source>
        <translation>%1 no tiene la versión %2; incluidas: %3.</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>Name the recipient and the purpose of the export (they are written to each case&apos;s disclosure log).</source>
        <translation>Indique el destinatario y el propósito de la exportación (se escriben en el registro de divulgaciones de cada caso).</translation>
    </message>
    <message>
        <source>An export is sealed with a password: give one (--password-file), or --plaintext to write the cases readable by anyone who gets the file.</source>
        <translation>Una exportación se protege con una contraseña: indique una (--password-file), o use --plaintext para escribir los casos de forma legible para cualquiera que obtenga el archivo.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or --force to replace it.</source>
        <translation>%1 ya existe; elija otro nombre o use --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it first.</source>
        <translation>La carpeta %1 no existe; créela primero.</translation>
    </message>
    <message>
        <source>Import file not found: %1</source>
        <translation>No se encontró el archivo que se importa: %1</translation>
    </message>
    <message>
        <source>%1 is a folder; name the file to import.</source>
        <translation>%1 es una carpeta; indique el archivo que se importa.</translation>
    </message>
    <message>
        <source>%1 is sealed: give its password (--password-file).</source>
        <translation>%1 está protegido: indique su contraseña (--password-file).</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as UTF-8 and try again.</source>
        <translation>%1 no es texto UTF-8; guárdelo como UTF-8 e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3).</source>
        <translation>%1 no es JSON válido (línea %2, columna %3).</translation>
    </message>
    <message>
        <source>must be an object {...}</source>
        <translation>debe ser un objeto {...}</translation>
    </message>
    <message>
        <source>%1: must be a list [...]</source>
        <translation>%1: debe ser una lista [...]</translation>
    </message>
    <message>
        <source>file: not a %1 file of version %2</source>
        <translation>file: no es un archivo %1 de la versión %2</translation>
    </message>
    <message>
        <source>day: closures[%1] is already this calendar&apos;s closure on that day</source>
        <translation>day: closures[%1] ya es el cierre de este calendario en ese día</translation>
    </message>
    <message>
        <source>ref: cases[%1] has the same ref in this file; each case needs its own</source>
        <translation>ref: cases[%1] tiene la misma ref en este archivo; cada caso necesita la suya</translation>
    </message>
    <message>
        <source>data_base64: is required</source>
        <translation>data_base64: es obligatorio</translation>
    </message>
    <message>
        <source>ref: is not a case reference (use C-0001)</source>
        <translation>ref: no es una referencia de caso (use C-0001)</translation>
    </message>
    <message>
        <source>id: %1[%2] has the same id in this case</source>
        <translation>id: %1[%2] tiene el mismo id en este caso</translation>
    </message>
    <message>
        <source>id: must be a number or a text</source>
        <translation>id: debe ser un número o un texto</translation>
    </message>
    <message>
        <source>rule_id: %1</source>
        <translation>rule_id: %1</translation>
    </message>
    <message>
        <source>%1: is not the id of %2 %3 of this case in this file</source>
        <translation>%1: no es el id de %2 %3 de este caso en este archivo</translation>
    </message>
    <message>
        <source>the file contains characters that are not valid text (a broken \u escape); fix it and try again</source>
        <translation>el archivo contiene caracteres que no son texto válido (un escape \u roto); corríjalo e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>data_base64: is not valid base64</source>
        <translation>data_base64: no es base64 válido</translation>
    </message>
    <message>
        <source>closures[%1].day: this calendar already has a closure on that day with another reason or note; remove one of them first</source>
        <translation>closures[%1].day: este calendario ya tiene un cierre ese día con otro motivo u otra nota; quite uno de ellos primero</translation>
    </message>
    <message>
        <source>cases[%1].ref: case %2 is already in this vault, with other records; to add this one as a new case leave out its ref</source>
        <translation>cases[%1].ref: el caso %2 ya está en esta bóveda, con otros registros; para agregar este como caso nuevo, omita su ref</translation>
    </message>
    <message>
        <source>event_id: is required (the id of an event of this case in this file)</source>
        <translation>event_id: es obligatorio (el id de un evento de este caso en este archivo)</translation>
    </message>
    <message>
        <source>contact_id: is not the position of a contact in this case&apos;s contacts list</source>
        <translation>contact_id: no es la posición de un contacto en la lista de contactos de este caso</translation>
    </message>
    <message>
        <source>%1: is required</source>
        <translation>%1: es obligatorio</translation>
    </message>
</context>
<context>
    <name>InterchangeCsv</name>
    <message>
        <source>row 1: the file contains characters that are not valid text; save it as CSV (UTF-8) and try again</source>
        <translation>fila 1: el archivo contiene caracteres que no son texto válido; guárdelo como CSV (UTF-8) e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>row 1: %1 (columns: %2)</source>
        <translation>fila 1: %1 (columnas: %2)</translation>
    </message>
    <message>
        <source>row %1, %2</source>
        <translation>fila %1, %2</translation>
    </message>
    <message>
        <source>is required (a label shared by the rows of one case)</source>
        <translation>es obligatorio (una etiqueta compartida por las filas de un caso)</translation>
    </message>
    <message>
        <source>%1 is not a time of day (use HH:MM, 24-hour)</source>
        <translation>%1 no es una hora del día (use HH:MM, 24 horas)</translation>
    </message>
</context>
<context>
    <name>InterpreterBookingDialog</name>
    <message>
        <source>Vendor or agency</source>
        <translation>Proveedor o agencia</translation>
    </message>
    <message>
        <source>Court-appointed</source>
        <translation>Designado por el tribunal</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Voluntario(a)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Interpreter booking saved.</source>
        <translation>Reserva de intérprete guardada.</translation>
    </message>
    <message>
        <source>Interpreter booking</source>
        <translation>Reserva de intérprete</translation>
    </message>
    <message>
        <source>Your role may not add or change records of this event&apos;s category, so it may not book its interpreter.</source>
        <translation>Su rol no puede agregar ni cambiar registros de la categoría de este evento, así que no puede reservar su intérprete.</translation>
    </message>
    <message>
        <source>Interpreter needed: %1</source>
        <translation>Intérprete necesario: %1</translation>
    </message>
    <message>
        <source>language not recorded</source>
        <translation>idioma no registrado</translation>
    </message>
    <message>
        <source>&amp;Booking</source>
        <translation>&amp;Reserva</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Nueva reserva</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Dialect</source>
        <translation>&amp;Dialecto</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Proveedor</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Modalidad</translation>
    </message>
    <message>
        <source>Interpreter &amp;contact</source>
        <translation>&amp;Contacto del intérprete</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <source>Interpreter&apos;s &amp;name</source>
        <translation>&amp;Nombre del intérprete</translation>
    </message>
    <message>
        <source>&amp;Vendor</source>
        <translation>A&amp;gencia</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>Confirmation &amp;reference</source>
        <translation>Re&amp;ferencia de confirmación</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contacto %1</translation>
    </message>
    <message>
        <source>A vendor&apos;s booking is confirmed with its reference: type it in.</source>
        <translation>La reserva con una agencia se confirma con su referencia: escríbala.</translation>
    </message>
</context>
<context>
    <name>Interpreters</name>
    <message>
        <source>There is no event with id %1 in this case.</source>
        <translation>No hay ningún evento con id %1 en este caso.</translation>
    </message>
</context>
<context>
    <name>Jurisdiction</name>
    <message>
        <source>Federal court or agency (seat&apos;s state not given: no state holidays)</source>
        <translation>Tribunal u organismo federal (sin estado de la sede: sin feriados estatales)</translation>
    </message>
    <message>
        <source>Federal court in California</source>
        <translation>Tribunal federal en California</translation>
    </message>
    <message>
        <source>Federal court in New York</source>
        <translation>Tribunal federal en Nueva York</translation>
    </message>
    <message>
        <source>Federal court in Texas</source>
        <translation>Tribunal federal en Texas</translation>
    </message>
    <message>
        <source>California state court</source>
        <translation>Tribunal estatal de California</translation>
    </message>
    <message>
        <source>New York state court</source>
        <translation>Tribunal estatal de Nueva York</translation>
    </message>
    <message>
        <source>Texas state court</source>
        <translation>Tribunal estatal de Texas</translation>
    </message>
</context>
<context>
    <name>Jurisdictions</name>
    <message>
        <source>Jurisdiction data %1: forum must be one of %2.</source>
        <translation>Datos de jurisdicción %1: forum debe ser uno de %2.</translation>
    </message>
    <message>
        <source>Jurisdiction data %1: unknown state %2.</source>
        <translation>Datos de jurisdicción %1: estado desconocido %2.</translation>
    </message>
    <message>
        <source>Jurisdiction data %1: unknown service method(s) %2.</source>
        <translation>Datos de jurisdicción %1: forma(s) de notificación desconocida(s) %2.</translation>
    </message>
    <message>
        <source>Unknown jurisdiction %1; use one of %2.</source>
        <translation>Jurisdicción desconocida %1; use una de %2.</translation>
    </message>
    <message>
        <source>Unknown service method %1; use one of %2.</source>
        <translation>Forma de notificación desconocida %1; use una de %2.</translation>
    </message>
    <message>
        <source>%1 is not a closure calendar; use one of %2.</source>
        <translation>%1 no es un calendario de cierres; use uno de %2.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Key folder</source>
        <translation>Carpeta de claves</translation>
    </message>
    <message>
        <source>Folder for the keys</source>
        <translation>Carpeta para las claves</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <source>Passphrase of the new key</source>
        <translation>Frase de contraseña de la nueva clave</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Make the key pair</source>
        <translation>&amp;Generar el par de claves</translation>
    </message>
    <message>
        <source>org.key stays here (keep a backup; it is sealed under the passphrase). Give org.pub to partner agencies and read them the fingerprint by phone.</source>
        <translation>org.key se queda aquí (guarde una copia de seguridad; está protegida con la frase de contraseña). Entregue org.pub a las agencias asociadas y léales la huella digital por teléfono.</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>Pass&amp;phrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>Choose the folder for the keys.</source>
        <translation>Elija la carpeta para las claves.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Las dos frases de contraseña no coinciden; escríbalas de nuevo.</translation>
    </message>
    <message>
        <source>Making the key pair (a few seconds)…</source>
        <translation>Generando el par de claves (unos segundos)…</translation>
    </message>
</context>
<context>
    <name>Keyslots</name>
    <message>
        <source>Unknown key-derivation profile; use one of %1.</source>
        <translation>Perfil de derivación de claves desconocido; use uno de %1.</translation>
    </message>
    <message>
        <source>That is not a recovery code of this format. Check it and try again.</source>
        <translation>Ese no es un código de recuperación de este formato. Revíselo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That recovery code does not open this vault.</source>
        <translation>Ese código de recuperación no abre esta bóveda.</translation>
    </message>
</context>
<context>
    <name>Lane</name>
    <message>
        <source>Medical</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Inmigración</translation>
    </message>
    <message>
        <source>Protective order</source>
        <translation>Orden de protección</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de atención</translation>
    </message>
</context>
<context>
    <name>LegalDialogs</name>
    <message>
        <source>(no matter)</source>
        <translation>(sin asunto)</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>unsheltered</source>
        <extracomment>each level in words, English (level_label gives the installed language&apos;s)</extracomment>
        <translation>en situación de calle</translation>
    </message>
    <message>
        <source>emergency shelter</source>
        <translation>albergue de emergencia</translation>
    </message>
    <message>
        <source>staying with others</source>
        <translation>con otras personas</translation>
    </message>
    <message>
        <source>transitional</source>
        <translation>transitoria</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>estable</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>riesgo alto</translation>
    </message>
    <message>
        <source>medium risk</source>
        <translation>riesgo medio</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation>riesgo bajo</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>New vault</source>
        <translation>Nueva bóveda</translation>
    </message>
    <message>
        <source>A vault is an encrypted folder. Pick an empty or new folder.</source>
        <translation>Una bóveda es una carpeta cifrada. Elija una carpeta vacía o nueva.</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Carpeta de la bóveda</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Browse for vault folder</source>
        <translation>Buscar la carpeta de la bóveda</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>Su nombre de usuario</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Su rol</translation>
    </message>
    <message>
        <source>Vault &amp;folder</source>
        <translation>&amp;Carpeta de la bóveda</translation>
    </message>
    <message>
        <source>Your &amp;user name</source>
        <translation>Su nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>Your &amp;role</source>
        <translation>Su &amp;rol</translation>
    </message>
    <message>
        <source>That folder is not empty. Choose a new or empty folder.</source>
        <translation>Esa carpeta no está vacía. Elija una carpeta nueva o vacía.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Workbench is locked</source>
        <translation>Workbench está bloqueado</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>Pantalla de bloqueo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <source>Hub connection</source>
        <translation>Conexión con el centro</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Unlock the vault first.</source>
        <translation>Primero desbloquee la bóveda.</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Primero abra un caso.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>Not available on this page.</source>
        <translation>No disponible en esta página.</translation>
    </message>
    <message>
        <source>every case</source>
        <translation>todos los casos</translation>
    </message>
    <message>
        <source>Hub: connecting…</source>
        <translation>Centro: conectando…</translation>
    </message>
    <message>
        <source>Hub: reconnecting…</source>
        <translation>Centro: reconectando…</translation>
    </message>
    <message>
        <source>Reconnecting to the hub… Changes made on other workstations will show when it is back. Open forms keep what you typed; a save that fails says so and can be tried again — nothing is half-written.</source>
        <translation>Reconectando con el centro… Los cambios hechos en otras estaciones de trabajo aparecerán cuando vuelva la conexión. Los formularios abiertos conservan lo que usted escribió; si un guardado falla, se le indicará y podrá intentarlo de nuevo; nada queda a medio escribir.</translation>
    </message>
    <message>
        <source>Reconnecting to the hub…</source>
        <translation>Reconectando con el centro…</translation>
    </message>
    <message>
        <source>Hub: connected</source>
        <translation>Centro: conectado</translation>
    </message>
    <message>
        <source>Connected to the hub again; refreshed.</source>
        <translation>Conectado de nuevo con el centro; datos actualizados.</translation>
    </message>
    <message>
        <source>Hub: not listening</source>
        <translation>Centro: no responde</translation>
    </message>
    <message>
        <source>The agenda could not be read.</source>
        <translation>No se pudo leer la agenda.</translation>
    </message>
    <message>
        <source>Unsaved changes were discarded when the workbench locked.</source>
        <translation>Los cambios sin guardar se descartaron cuando Workbench se bloqueó.</translation>
    </message>
</context>
<context>
    <name>MatterDialog</name>
    <message>
        <source>Matter saved.</source>
        <translation>Asunto guardado.</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Court or agency (optional)</source>
        <translation>Tribunal u organismo (opcional)</translation>
    </message>
    <message>
        <source>Case number (optional)</source>
        <translation>Número de caso (opcional)</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Unknown jurisdiction: pick one from the list.</source>
        <translation>Jurisdicción desconocida: elija una de la lista.</translation>
    </message>
</context>
<context>
    <name>MatterKind</name>
    <message>
        <source>Immigration</source>
        <translation>Inmigración</translation>
    </message>
    <message>
        <source>Protective order</source>
        <translation>Orden de protección</translation>
    </message>
    <message>
        <source>Criminal</source>
        <translation>Penal</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <source>Civil</source>
        <translation>Civil</translation>
    </message>
</context>
<context>
    <name>MattersTab</name>
    <message>
        <source>%1 — the case&apos;s</source>
        <extracomment>whose forum a trigger&apos;s is, when it is not the trigger&apos;s own (%1: the forum)</extracomment>
        <translation>%1 — el del caso</translation>
    </message>
    <message>
        <source>%1 — the rule&apos;s default</source>
        <translation>%1 — el predeterminado de la regla</translation>
    </message>
    <message>
        <source>%1 (changed by hand)</source>
        <translation>%1 (cambio manual)</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Hechos desencadenantes</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Ocurrió</translation>
    </message>
    <message>
        <source>Computes</source>
        <translation>Calcula</translation>
    </message>
    <message>
        <source>Computed dates</source>
        <translation>Fechas calculadas</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Notificado por</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Asuntos</translation>
    </message>
    <message>
        <source>Add &amp;trigger…</source>
        <translation>Agregar &amp;hecho desencadenante…</translation>
    </message>
    <message>
        <source>&amp;Edit trigger…</source>
        <translation>&amp;Editar hecho desencadenante…</translation>
    </message>
    <message>
        <source>Add &amp;matter…</source>
        <translation>Agregar asun&amp;to…</translation>
    </message>
    <message>
        <source>Edit matte&amp;r…</source>
        <translation>Editar a&amp;sunto…</translation>
    </message>
    <message>
        <source>Court cl&amp;osures…</source>
        <translation>Cierres del tri&amp;bunal…</translation>
    </message>
    <message>
        <source>Triggers and their computed deadlines</source>
        <translation>Hechos desencadenantes y sus plazos calculados</translation>
    </message>
</context>
<context>
    <name>Measure</name>
    <message>
        <source>not measured</source>
        <translation>sin medir</translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation>puntuación de %1</translation>
    </message>
    <message>
        <source>housing status</source>
        <translation>situación de vivienda</translation>
    </message>
    <message>
        <source>risk level</source>
        <translation>nivel de riesgo</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>sí/no</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>The measure catalog %1 cannot be read: %2</source>
        <translation>No se puede leer el catálogo de medidas %1: %2</translation>
    </message>
    <message>
        <source>Measure %1: unknown dimensions %2.</source>
        <translation>Medida %1: dimensiones desconocidas %2.</translation>
    </message>
    <message>
        <source>Unknown report breakdown %1.</source>
        <translation>Desglose de informe desconocido %1.</translation>
    </message>
    <message>
        <source>Unknown measure %1; known: %2.</source>
        <translation>Medida desconocida %1; conocidas: %2.</translation>
    </message>
</context>
<context>
    <name>MilestoneLinkDialog</name>
    <message>
        <source>Milestone link saved.</source>
        <translation>Vínculo del hito guardado.</translation>
    </message>
    <message>
        <source>Link a milestone to an event</source>
        <translation>Vincular un hito a un evento</translation>
    </message>
    <message>
        <source>&amp;Milestone</source>
        <translation>&amp;Hito</translation>
    </message>
    <message>
        <source>Timeline &amp;event</source>
        <translation>&amp;Evento de la cronología</translation>
    </message>
    <message>
        <source>— not linked —</source>
        <translation>— sin vincular —</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>This goal has no milestones: add one first.</source>
        <translation>Este objetivo no tiene hitos: primero agregue uno.</translation>
    </message>
</context>
<context>
    <name>MinutesView</name>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;hecha</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como hecha</translation>
    </message>
    <message>
        <source>No conference selected</source>
        <translation>Ninguna reunión seleccionada</translation>
    </message>
    <message>
        <source>Select a conference on the left to read its minutes, or record one.</source>
        <translation>Seleccione una reunión a la izquierda para leer su acta, o registre una.</translation>
    </message>
    <message>
        <source>Case conference — %1</source>
        <translation>Reunión de caso — %1</translation>
    </message>
    <message>
        <source>Minutes recorded by %1 on %2</source>
        <translation>Acta registrada por %1 el %2</translation>
    </message>
    <message>
        <source>No wishes recorded.</source>
        <translation>No se registraron deseos.</translation>
    </message>
    <message>
        <source>Your role (%1) does not see the minutes of this conference: who attended, the survivor&apos;s wishes and the decisions.</source>
        <translation>Su rol (%1) no ve el acta de esta reunión: quiénes asistieron, los deseos de la persona sobreviviente y las decisiones.</translation>
    </message>
    <message>
        <source>Actions (%1)</source>
        <translation>Acciones (%1)</translation>
    </message>
    <message>
        <source>Actions: none</source>
        <translation>Acciones: ninguna</translation>
    </message>
    <message>
        <source>This action is already done.</source>
        <translation>Esta acción ya está hecha.</translation>
    </message>
    <message>
        <source>Action marked done.</source>
        <translation>Acción marcada como hecha.</translation>
    </message>
</context>
<context>
    <name>OccurrenceChoiceDialog</name>
    <message>
        <source>Repeating event</source>
        <translation>Evento que se repite</translation>
    </message>
    <message>
        <source>Edit one occurrence or the series</source>
        <translation>Editar una ocurrencia o la serie</translation>
    </message>
    <message>
        <source>This event repeats. Change only the one on %1, or every one?</source>
        <translation>Este evento se repite. ¿Cambiar solo el del %1, o todos?</translation>
    </message>
    <message>
        <source>This &amp;occurrence</source>
        <translation>Esta &amp;ocurrencia</translation>
    </message>
    <message>
        <source>The whole &amp;series</source>
        <translation>Toda la &amp;serie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Housing stability</source>
        <translation>Estabilidad de vivienda</translation>
    </message>
    <message>
        <source>Safety (risk level)</source>
        <translation>Seguridad (nivel de riesgo)</translation>
    </message>
    <message>
        <source>improved</source>
        <translation>mejoró</translation>
    </message>
    <message>
        <source>worsened</source>
        <translation>empeoró</translation>
    </message>
    <message>
        <source>stayed</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>%1: nothing recorded yet</source>
        <translation>%1: aún no hay nada registrado</translation>
    </message>
    <message>
        <source>%1: %2 (first record, nothing to compare)</source>
        <translation>%1: %2 (primer registro, nada con qué comparar)</translation>
    </message>
    <message>
        <source>%1: %2 → %3, %4</source>
        <translation>%1: %2 → %3, %4</translation>
    </message>
</context>
<context>
    <name>OutcomesChart</name>
    <message>
        <source>improving</source>
        <extracomment>how a score moved since the baseline (timeline.screening.scoring&apos;s direction)</extracomment>
        <translation>mejora</translation>
    </message>
    <message>
        <source>worsening</source>
        <translation>empeora</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>%1: no score yet (%2)</source>
        <translation>%1: aún sin puntuación (%2)</translation>
    </message>
    <message>
        <source>%1: no score yet</source>
        <translation>%1: aún sin puntuación</translation>
    </message>
    <message>
        <source>%1: %2 (baseline, nothing to compare yet)</source>
        <translation>%1: %2 (línea de base, aún no hay con qué comparar)</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (a screen; change is not measured)</source>
        <translation>%1: %2 → %3 (un tamizaje; no se mide el cambio)</translation>
    </message>
    <message>
        <source>clinically meaningful</source>
        <translation>clínicamente significativo</translation>
    </message>
    <message>
        <source>not clinically meaningful</source>
        <translation>no clínicamente significativo</translation>
    </message>
    <message>
        <source>%1: %2 → %3, %4, %5</source>
        <translation>%1: %2 → %3, %4, %5</translation>
    </message>
    <message>
        <source>No completed screenings to chart yet.</source>
        <translation>Aún no hay evaluaciones completas para graficar.</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
</context>
<context>
    <name>OutcomesChartWidget</name>
    <message>
        <source>Outcomes chart</source>
        <translation>Gráfico de resultados</translation>
    </message>
    <message>
        <source>No completed screenings to chart yet.</source>
        <translation>Aún no hay evaluaciones completas para graficar.</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>línea de base %1</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>&amp;Edit case…</source>
        <translation>&amp;Editar caso…</translation>
    </message>
    <message>
        <source>Safe &amp;addresses…</source>
        <translation>&amp;Direcciones seguras…</translation>
    </message>
    <message>
        <source>Assigned &amp;staff…</source>
        <translation>&amp;Personal asignado…</translation>
    </message>
    <message>
        <source>C&amp;ontacts…</source>
        <translation>C&amp;ontactos…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Language and safe contact</source>
        <translation>Idioma y contacto seguro</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Safe contact</source>
        <translation>Contacto seguro</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Filing addresses</source>
        <translation>Direcciones para trámites</translation>
    </message>
    <message>
        <source>Jurisdiction and team</source>
        <translation>Jurisdicción y equipo</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Assigned staff</source>
        <translation>Personal asignado</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Needed: %1</source>
        <translation>Necesario: %1</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>No necesario</translation>
    </message>
    <message>
        <source>Confidential — never printed; filings use a safe address</source>
        <translation>Confidencial — nunca se imprime; los trámites usan una dirección segura</translation>
    </message>
    <message>
        <source>None yet — add one per filing (Safe addresses…)</source>
        <translation>Ninguna todavía — agregue una por trámite (Direcciones seguras…)</translation>
    </message>
</context>
<context>
    <name>Owner</name>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
</context>
<context>
    <name>PacketDefaults</name>
    <message>
        <source>A court with an active consent.</source>
        <translation>Un tribunal con un consentimiento vigente.</translation>
    </message>
    <message>
        <source>A partner agency with an active consent.</source>
        <translation>Una agencia asociada con un consentimiento vigente.</translation>
    </message>
    <message>
        <source>No active consent names %1, the court of %2; choose one (recipients with an active consent are listed first).</source>
        <translation>Ningún consentimiento vigente nombra a %1, el tribunal de %2; elija un destinatario (los que tienen un consentimiento vigente aparecen primero).</translation>
    </message>
    <message>
        <source>No active consent names a recipient for this kind of packet; choose one (recipients with an active consent are listed first).</source>
        <translation>Ningún consentimiento vigente nombra a un destinatario para este tipo de paquete; elija uno (los que tienen un consentimiento vigente aparecen primero).</translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <source>Court hearing</source>
        <translation>Audiencia judicial</translation>
    </message>
    <message>
        <source>Immigration filing</source>
        <translation>Trámite de inmigración</translation>
    </message>
    <message>
        <source>Agency case conference</source>
        <translation>Reunión de caso con agencias</translation>
    </message>
    <message>
        <source>Also a Spanish cop&amp;y for the survivor (not for filing)</source>
        <translation>También una copia en español para la persona sobre&amp;viviente (no para presentar)</translation>
    </message>
    <message>
        <source>New packet</source>
        <translation>Nuevo paquete</translation>
    </message>
    <message>
        <source>Packet builder</source>
        <translation>Generador de paquetes</translation>
    </message>
    <message>
        <source>Packet message</source>
        <translation>Mensaje del paquete</translation>
    </message>
    <message>
        <source>Packet progress</source>
        <translation>Progreso del paquete</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>Generate packet</source>
        <translation>Generar paquete</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close packet builder</source>
        <translation>Cerrar el generador de paquetes</translation>
    </message>
    <message>
        <source>Packet kind</source>
        <translation>Tipo de paquete</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Packet password (optional)</source>
        <translation>Contraseña del paquete (opcional)</translation>
    </message>
    <message>
        <source>Confirm packet password</source>
        <translation>Confirmar la contraseña del paquete</translation>
    </message>
    <message>
        <source>Bates prefix</source>
        <translation>Prefijo Bates</translation>
    </message>
    <message>
        <source>Pad to an even page count (duplex printing)</source>
        <translation>Completar hasta un número par de páginas (impresión a doble cara)</translation>
    </message>
    <message>
        <source>Duplex padding</source>
        <translation>Relleno para doble cara</translation>
    </message>
    <message>
        <source>Compelled release (subpoena or court order)</source>
        <translation>Divulgación obligatoria (citación u orden judicial)</translation>
    </message>
    <message>
        <source>Compelled release</source>
        <translation>Divulgación obligatoria</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Fundamento legal</translation>
    </message>
    <message>
        <source>e.g. the subpoena or court order</source>
        <translation>p. ej., la citación o la orden judicial</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <source>Type a folder, or use Choose…</source>
        <translation>Escriba una carpeta o use Elegir…</translation>
    </message>
    <message>
        <source>Output folder — error</source>
        <translation>Carpeta de salida — error</translation>
    </message>
    <message>
        <source>Why this recipient</source>
        <translation>Por qué este destinatario</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose output folder</source>
        <translation>Elegir la carpeta de salida</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Tipo de pa&amp;quete</translation>
    </message>
    <message>
        <source>&amp;Matter</source>
        <translation>&amp;Asunto</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>&amp;Destinatario</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Propósito</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>C&amp;ontraseña</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>Con&amp;firmar</translation>
    </message>
    <message>
        <source>&amp;Bates prefix</source>
        <translation>Prefi&amp;jo Bates</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>Fundamento &amp;legal</translation>
    </message>
    <message>
        <source>&amp;Output folder</source>
        <translation>Carpeta de sal&amp;ida</translation>
    </message>
    <message>
        <source>Included and withheld</source>
        <translation>Incluido y retenido</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Resumen del plan</translation>
    </message>
    <message>
        <source>Also a cop&amp;y in the survivor&apos;s language (not for filing)</source>
        <translation>También una copia en el idioma de la persona sobre&amp;viviente (no para presentar)</translation>
    </message>
    <message>
        <source>Survivor&apos;s copy, not for filing</source>
        <translation>Copia para la persona sobreviviente, no para presentar</translation>
    </message>
    <message>
        <source>Survivor&apos;s copy — note</source>
        <translation>Copia para la persona sobreviviente — nota</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguno registrado</translation>
    </message>
    <message>
        <source>No packet translation for the case&apos;s languages (%1). Translations exist for: %2.</source>
        <translation>No hay traducción del paquete para los idiomas del caso (%1). Hay traducciones para: %2.</translation>
    </message>
    <message>
        <source>Written next to the packet as a second file, marked on every page as a courtesy translation; both are in one disclosure record.</source>
        <translation>Se escribe junto al paquete como un segundo archivo, marcado en cada página como traducción de cortesía; ambos quedan en un solo registro de divulgación.</translation>
    </message>
    <message>
        <source>Choose a recipient (those with an active consent come first)</source>
        <translation>Elija un destinatario (primero los que tienen un consentimiento vigente)</translation>
    </message>
    <message>
        <source>Chosen by the packet kind</source>
        <translation>Lo determina el tipo de paquete</translation>
    </message>
    <message>
        <source>Purpose from its consent: %1.</source>
        <translation>Propósito según su consentimiento: %1.</translation>
    </message>
    <message>
        <source>No consent names this recipient: nothing would be included.</source>
        <translation>Ningún consentimiento nombra a este destinatario: no se incluiría nada.</translation>
    </message>
    <message>
        <source>%1 record(s) included, %2 withheld.</source>
        <translation>Registros incluidos: %1; retenidos: %2.</translation>
    </message>
    <message>
        <source>Choose the recipient of the packet.</source>
        <translation>Elija el destinatario del paquete.</translation>
    </message>
    <message>
        <source>A compelled release needs its legal basis (the subpoena or court order).</source>
        <translation>Una divulgación obligatoria necesita su fundamento legal (la citación o la orden judicial).</translation>
    </message>
    <message>
        <source>State the purpose of the packet.</source>
        <translation>Indique el propósito del paquete.</translation>
    </message>
    <message>
        <source>The two packet passwords do not match.</source>
        <translation>Las dos contraseñas del paquete no coinciden.</translation>
    </message>
    <message>
        <source>Folder for the packet</source>
        <translation>Carpeta para el paquete</translation>
    </message>
    <message>
        <source>Writing the packet…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
    <message>
        <source>Packet written; its disclosure is recorded.</source>
        <translation>Paquete escrito; su divulgación quedó registrada.</translation>
    </message>
    <message>
        <source>Written to %1 (%2 pages); disclosure recorded.</source>
        <translation>Escrito en %1 (%2 páginas); divulgación registrada.</translation>
    </message>
    <message>
        <source>The survivor&apos;s copy (not for filing): %1 (%2 pages).</source>
        <translation>La copia para la persona sobreviviente (no para presentar): %1 (%2 páginas).</translation>
    </message>
    <message>
        <source>The packet could not be written (%1).</source>
        <translation>No se pudo escribir el paquete (%1).</translation>
    </message>
</context>
<context>
    <name>PacketFolder</name>
    <message>
        <source>Choose the folder to write the packet to (type it, or use Choose…).</source>
        <translation>Elija la carpeta donde se escribirá el paquete (escríbala o use Elegir…).</translation>
    </message>
    <message>
        <source>Type the folder&apos;s full path (starting with %1).</source>
        <translation>Escriba la ruta completa de la carpeta (empieza con %1).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it or choose another.</source>
        <translation>La carpeta %1 no existe; créela o elija otra.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; choose a folder.</source>
        <translation>%1 es un archivo, no una carpeta; elija una carpeta.</translation>
    </message>
    <message>
        <source>You cannot write to %1; choose another folder.</source>
        <translation>No puede escribir en %1; elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>PacketPreview</name>
    <message>
        <source>Packet preview</source>
        <translation>Vista previa del paquete</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Resumen de la vista previa</translation>
    </message>
    <message>
        <source>Packet pages</source>
        <translation>Páginas del paquete</translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>Páginas: %1</translation>
    </message>
</context>
<context>
    <name>Packets</name>
    <message>
        <source>not visible to your role — %1 can add it</source>
        <translation>no visible para su rol — %1 puede agregarlo</translation>
    </message>
    <message>
        <source>Say which purpose: this recipient has consents for %1.</source>
        <translation>Indique el propósito: este destinatario tiene consentimientos para %1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another.</source>
        <translation>La carpeta %1 no existe; elija otra.</translation>
    </message>
    <message>
        <source>The packet file must end in .pdf (got %1).</source>
        <translation>El archivo del paquete debe terminar en .pdf (se recibió %1).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it first.</source>
        <translation>La carpeta %1 no existe; créela primero.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name, or --force to replace it.</source>
        <translation>%1 ya existe; elija otro nombre, o use --force para reemplazarlo.</translation>
    </message>
</context>
<context>
    <name>PacketsTab</name>
    <message>
        <source>&amp;New packet…</source>
        <translation>&amp;Nuevo paquete…</translation>
    </message>
    <message>
        <source>New packet</source>
        <translation>Nuevo paquete</translation>
    </message>
    <message>
        <source>Packets notice</source>
        <translation>Aviso de paquetes</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Your passphrase</source>
        <translation>Su frase de contraseña</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). A few unrelated words work well.</source>
        <translation>
            <numerusform>Al menos %n carácter. Unas cuantas palabras sin relación entre sí funcionan bien.</numerusform>
            <numerusform>Al menos %n caracteres. Unas cuantas palabras sin relación entre sí funcionan bien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmar la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase message</source>
        <translation>Mensaje de la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>C&amp;rear bóveda</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>La frase de contraseña necesita al menos %n carácter.</numerusform>
            <numerusform>La frase de contraseña necesita al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases do not match yet.</source>
        <translation>Las dos frases de contraseña aún no coinciden.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Creando la bóveda…</translation>
    </message>
</context>
<context>
    <name>PathRow</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Elegir %1</translation>
    </message>
    <message>
        <source>%1 — fingerprint %2 (compare it by phone)</source>
        <translation>%1 — huella digital %2 (compárela por teléfono)</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluido</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Retenido</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>compelled: %1</source>
        <translation>obligatoria: %1</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentimiento</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>%1 A full-detail calendar is a disclosure.</source>
        <translation>%1 Un calendario con todos los detalles es una divulgación.</translation>
    </message>
    <message>
        <source>Your role (%1) may not take survivor feedback: that needs the right to %2; ask %3.</source>
        <translation>Su rol (%1) no puede recibir comentarios de sobrevivientes: se necesita el permiso para %2; pídalo a %3.</translation>
    </message>
    <message>
        <source>legal</source>
        <extracomment>a category group as &quot;the … group&quot; names it</extracomment>
        <translation>legal</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>médico</translation>
    </message>
    <message>
        <source>sensitive medical</source>
        <translation>médico sensible</translation>
    </message>
    <message>
        <source>services</source>
        <translation>servicios</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2; ask %3.</source>
        <translation>Su rol (%1) no puede %2; pídalo a %3.</translation>
    </message>
    <message>
        <source>Your role (%1) may not add or change %2 records (the %3 group); %4 can.</source>
        <translation>Su rol (%1) no puede agregar ni cambiar registros de %2 (el grupo %3); %4 sí puede.</translation>
    </message>
    <message>
        <source>The %1&apos;s view shows what your role (%2) does not see; a view may only be narrowed.</source>
        <translation>La vista de %1 muestra lo que su rol (%2) no ve; una vista solo se puede restringir.</translation>
    </message>
    <message>
        <source>Your role (%1) may not make program reports: they count the whole caseload; ask a supervisor.</source>
        <translation>Su rol (%1) no puede hacer informes del programa: cuentan toda la carga de casos; pídalo a un supervisor o una supervisora.</translation>
    </message>
    <message>
        <source>Your role (%1) may change only your own profile; ask %2 to change another&apos;s.</source>
        <translation>Su rol (%1) solo puede cambiar su propio perfil; pida a %2 que cambie el de otra persona.</translation>
    </message>
</context>
<context>
    <name>PolicyAction</name>
    <message>
        <source>see the caseload, timelines, agenda and conflicts, through the role view</source>
        <translation>ver la carga de casos, las cronologías, la agenda y los conflictos, a través de la vista del rol</translation>
    </message>
    <message>
        <source>add a case, edit its intake fields, record and revoke consents</source>
        <translation>agregar un caso, editar sus campos de admisión, registrar y revocar consentimientos</translation>
    </message>
    <message>
        <source>add or change dated items, triggers, matters, documents and care-plan records of the category groups in write_groups</source>
        <translation>agregar o cambiar elementos con fecha, hechos desencadenantes, asuntos, documentos y registros del plan de atención de los grupos de categorías en write_groups</translation>
    </message>
    <message>
        <source>record court closures (every computed deadline is recomputed)</source>
        <translation>registrar cierres del tribunal (se recalculan todos los plazos calculados)</translation>
    </message>
    <message>
        <source>make a documentation packet (consent and the role view decide what it holds)</source>
        <translation>hacer un paquete de documentación (el consentimiento y la vista del rol deciden lo que contiene)</translation>
    </message>
    <message>
        <source>make a packet under a subpoena or court order, without consent</source>
        <translation>hacer un paquete por una citación u orden judicial, sin consentimiento</translation>
    </message>
    <message>
        <source>export whole cases to a file (a disclosure)</source>
        <translation>exportar casos completos a un archivo (una divulgación)</translation>
    </message>
    <message>
        <source>import cases from a file</source>
        <translation>importar casos desde un archivo</translation>
    </message>
    <message>
        <source>add and remove users of the vault</source>
        <translation>agregar y quitar usuarios de la bóveda</translation>
    </message>
    <message>
        <source>look through a narrower role&apos;s view (--as ROLE)</source>
        <translation>ver a través de la vista de un rol más restringido (--as ROLE)</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>%1 scores are not visible to your role</source>
        <translation>Su rol no ve las puntuaciones de %1</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>línea de base %1</translation>
    </message>
    <message>
        <source>no baseline</source>
        <translation>sin línea de base</translation>
    </message>
    <message>
        <source>%1 %2%3: no score recorded yet</source>
        <translation>%1 %2%3: aún no hay ninguna puntuación registrada</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) better</source>
        <translation>
            <numerusform>%n punto mejor</numerusform>
            <numerusform>%n puntos mejor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) worse</source>
        <translation>
            <numerusform>%n punto peor</numerusform>
            <numerusform>%n puntos peor</numerusform>
        </translation>
    </message>
    <message>
        <source>target met</source>
        <translation>meta alcanzada</translation>
    </message>
    <message>
        <source>not yet met</source>
        <translation>aún no alcanzada</translation>
    </message>
    <message>
        <source>, target %1</source>
        <translation>, meta %1</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <source>%1 levels are not visible to your role</source>
        <translation>Su rol no ve los niveles de %1</translation>
    </message>
    <message>
        <source>%1: nothing recorded yet%2</source>
        <translation>%1: aún no hay nada registrado%2</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) better</source>
        <translation>
            <numerusform>%n nivel mejor</numerusform>
            <numerusform>%n niveles mejor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) worse</source>
        <translation>
            <numerusform>%n nivel peor</numerusform>
            <numerusform>%n niveles peor</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2: target met</source>
        <translation>%1 → %2: meta alcanzada</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
</context>
<context>
    <name>ReceivePage</name>
    <message>
        <source>Bundle file</source>
        <translation>Archivo de transferencia</translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation>Abrir un archivo de transferencia</translation>
    </message>
    <message>
        <source>Transfer bundles (*.wbx)</source>
        <translation>Archivos de transferencia (*.wbx)</translation>
    </message>
    <message>
        <source>Our organisation key</source>
        <translation>Clave de nuestra organización</translation>
    </message>
    <message>
        <source>Our org.key</source>
        <translation>Nuestro org.key</translation>
    </message>
    <message>
        <source>Organisation keys (*.key)</source>
        <translation>Claves de organización (*.key)</translation>
    </message>
    <message>
        <source>Passphrase of our key</source>
        <translation>Frase de contraseña de nuestra clave</translation>
    </message>
    <message>
        <source>Trusted sender&apos;s public key</source>
        <translation>Clave pública del remitente de confianza</translation>
    </message>
    <message>
        <source>The sender&apos;s org.pub</source>
        <translation>El org.pub del remitente</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Claves públicas (*.pub)</translation>
    </message>
    <message>
        <source>What comes in</source>
        <translation>Qué se recibe</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Revisar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Bundle (.wbx)</source>
        <translation>&amp;Archivo (.wbx)</translation>
    </message>
    <message>
        <source>&amp;Our key (.key)</source>
        <translation>&amp;Nuestra clave (.key)</translation>
    </message>
    <message>
        <source>Pass&amp;phrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Trusted sender (.pub)</source>
        <translation>Remitente de &amp;confianza (.pub)</translation>
    </message>
    <message>
        <source>Choose the bundle, our key and the trusted sender&apos;s key.</source>
        <translation>Elija el archivo de transferencia, nuestra clave y la clave del remitente de confianza.</translation>
    </message>
    <message>
        <source>Verifying the bundle…</source>
        <translation>Verificando el archivo de transferencia…</translation>
    </message>
    <message>
        <source>a new case</source>
        <translation>un caso nuevo</translation>
    </message>
    <message>
        <source>an update of the case it made before</source>
        <translation>una actualización del caso que creó antes</translation>
    </message>
    <message>
        <source>Verified: signed by %1 (%2). It would make %3. Nothing was written yet.</source>
        <translation>Verificado: firmado por %1 (%2). Daría como resultado %3. Aún no se escribió nada.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
</context>
<context>
    <name>RecipientCombo</name>
    <message>
        <source>Type to search contacts and recipients</source>
        <translation>Escriba para buscar contactos y destinatarios</translation>
    </message>
</context>
<context>
    <name>RecipientPicker</name>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Agency or other</source>
        <translation>Agencia u otro</translation>
    </message>
    <message>
        <source>Attorney</source>
        <translation>Abogado(a)</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Personal clínico</translation>
    </message>
    <message>
        <source>Certifying official</source>
        <translation>Funcionario certificador</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>In the consent ledger</source>
        <translation>En el registro de consentimientos</translation>
    </message>
    <message>
        <source>A contact of this case</source>
        <translation>Un contacto de este caso</translation>
    </message>
    <message>
        <source>A contact shared by every case</source>
        <translation>Un contacto compartido por todos los casos</translation>
    </message>
    <message>
        <source>an active consent</source>
        <translation>un consentimiento vigente</translation>
    </message>
    <message>
        <source>consent expired</source>
        <translation>consentimiento vencido</translation>
    </message>
    <message>
        <source>consent revoked</source>
        <translation>consentimiento revocado</translation>
    </message>
    <message>
        <source>consent not yet in force</source>
        <translation>consentimiento aún no vigente</translation>
    </message>
    <message>
        <source>no consent yet</source>
        <translation>aún sin consentimiento</translation>
    </message>
    <message>
        <source>&amp;New recipient…</source>
        <translation>N&amp;uevo destinatario…</translation>
    </message>
    <message>
        <source>New recipient</source>
        <translation>Nuevo destinatario</translation>
    </message>
    <message>
        <source>About this recipient</source>
        <translation>Sobre este destinatario</translation>
    </message>
    <message>
        <source>New recipient&apos;s name</source>
        <translation>Nombre del nuevo destinatario</translation>
    </message>
    <message>
        <source>e.g. San Francisco Immigration Court</source>
        <translation>p. ej., Tribunal de Inmigración de San Francisco</translation>
    </message>
    <message>
        <source>Kind of recipient</source>
        <translation>Tipo de destinatario</translation>
    </message>
    <message>
        <source>Organisation (optional)</source>
        <translation>Organización (opcional)</translation>
    </message>
    <message>
        <source>Share with every case (a court or an agency)</source>
        <translation>Compartir con todos los casos (un tribunal o un organismo)</translation>
    </message>
    <message>
        <source>Share with every case</source>
        <translation>Compartir con todos los casos</translation>
    </message>
    <message>
        <source>New recipient — error</source>
        <translation>Nuevo destinatario — error</translation>
    </message>
    <message>
        <source>&amp;Add recipient</source>
        <translation>Agregar de&amp;stinatario</translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation>Agregar destinatario</translation>
    </message>
    <message>
        <source>Cancel new recipient</source>
        <translation>Cancelar el nuevo destinatario</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Nom&amp;bre</translation>
    </message>
    <message>
        <source>Kin&amp;d</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Organi&amp;sation</source>
        <translation>Organi&amp;zación</translation>
    </message>
    <message>
        <source>Not in the list yet: add it with New recipient…</source>
        <translation>Aún no está en la lista: agréguelo con Nuevo destinatario…</translation>
    </message>
    <message>
        <source>%1 recipient(s) to choose from.</source>
        <translation>Destinatarios para elegir: %1.</translation>
    </message>
    <message>
        <source>Recipient added to the contacts.</source>
        <translation>Destinatario agregado a los contactos.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Shown only now. It opens the vault if every passphrase is lost.</source>
        <translation>Se muestra solo ahora. Abre la bóveda si se pierden todas las frases de contraseña.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print recovery code</source>
        <translation>Imprimir el código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>&amp;Guardar en un archivo…</translation>
    </message>
    <message>
        <source>Save recovery code to a file</source>
        <translation>Guardar el código de recuperación en un archivo</translation>
    </message>
    <message>
        <source>I have stored the recovery code in a safe place</source>
        <translation>Guardé el código de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <source>I have stored the recovery code</source>
        <translation>Guardé el código de recuperación</translation>
    </message>
    <message>
        <source>Workbench vault recovery code</source>
        <translation>Código de recuperación de la bóveda de Workbench</translation>
    </message>
    <message>
        <source>Save recovery code</source>
        <translation>Guardar el código de recuperación</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Los días</translation>
    </message>
    <message>
        <source>Never (no end date)</source>
        <translation>Nunca (sin fecha de fin)</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>En una fecha</translation>
    </message>
    <message>
        <source>After a number of times</source>
        <translation>Después de cierto número de veces</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source> times</source>
        <translation> veces</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Número de veces</translation>
    </message>
    <message>
        <source>Skip dates (YYYY-MM-DD, …)</source>
        <translation>Omitir fechas (AAAA-MM-DD, …)</translation>
    </message>
    <message>
        <source>Repeat summary</source>
        <translation>Resumen de la repetición</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Check the repeat settings.</source>
        <translation>Revise la configuración de la repetición.</translation>
    </message>
    <message>
        <source>Skip dates only apply to repeating appointments.</source>
        <translation>Las fechas omitidas solo se aplican a citas que se repiten.</translation>
    </message>
    <message>
        <source>The end date is before the first appointment.</source>
        <translation>La fecha de fin es anterior a la primera cita.</translation>
    </message>
    <message>
        <source>Tick at least one day of the week.</source>
        <translation>Marque al menos un día de la semana.</translation>
    </message>
    <message>
        <source>Unknown time zone %1; use an IANA name such as America/New_York.</source>
        <translation>Zona horaria desconocida %1; use un nombre IANA como America/New_York.</translation>
    </message>
    <message>
        <source>The repeat rule&apos;s UNTIL is not a date (use YYYYMMDD).</source>
        <translation>El UNTIL de la regla de repetición no es una fecha (use AAAAMMDD).</translation>
    </message>
    <message>
        <source>The repeat rule is not a valid RRULE (e.g. FREQ=WEEKLY;COUNT=10).</source>
        <translation>La regla de repetición no es una RRULE válida (p. ej., FREQ=WEEKLY;COUNT=10).</translation>
    </message>
    <message>
        <source>day</source>
        <extracomment>the unit after the interval box, singular and plural (&quot;every [2] weeks&quot;)</extracomment>
        <translation>día</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1th</source>
        <comment>day of the month: 4th, 11th, 12th</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1st</source>
        <comment>day of the month: 1st, 21st</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1nd</source>
        <comment>day of the month: 2nd, 22nd</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1rd</source>
        <comment>day of the month: 3rd, 23rd</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Cada %n día</numerusform>
            <numerusform>Cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Cada %n semana</numerusform>
            <numerusform>Cada %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Cada %n mes</numerusform>
            <numerusform>Cada %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>Every day of the week</source>
        <translation>Todos los días de la semana</translation>
    </message>
    <message>
        <source>Every %1</source>
        <comment>weekdays: Every Monday and Thursday</comment>
        <translation>Cada %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>Every 2 weeks on Monday</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on the %2</source>
        <comment>Every month on the 31st</comment>
        <translation>%1, el día %2</translation>
    </message>
    <message>
        <source>Does not repeat.</source>
        <translation>No se repite.</translation>
    </message>
    <message>
        <source>Enter a valid first date and start time to see when it repeats.</source>
        <translation>Escriba una primera fecha y una hora de inicio válidas para ver cuándo se repite.</translation>
    </message>
    <message>
        <source>%1, from %2, with no end date.</source>
        <translation>%1, desde el %2, sin fecha de fin.</translation>
    </message>
    <message>
        <source>%1: no date falls in this range — check the end.</source>
        <translation>%1: ninguna fecha cae en este intervalo; revise el final.</translation>
    </message>
    <message>
        <source>%1, once, until %2</source>
        <translation>%1, una vez, hasta el %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n time(s), until %2</source>
        <translation>
            <numerusform>%1, %n vez, hasta el %2</numerusform>
            <numerusform>%1, %n veces, hasta el %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, until %2 (%n time(s))</source>
        <translation>
            <numerusform>%1, hasta el %2 (%n vez)</numerusform>
            <numerusform>%1, hasta el %2 (%n veces)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; first %2</source>
        <translation>%1; la primera, el %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n skipped</source>
        <translation>
            <numerusform>%1; %n omitida</numerusform>
            <numerusform>%1; %n omitidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <source>The survivor declined this referral: that choice is recorded and respected, so it is not made. If they change their mind, record their new choice first.</source>
        <translation>La persona sobreviviente rechazó esta derivación: esa decisión se registra y se respeta, así que no se hace. Si cambia de opinión, registre primero su nueva decisión.</translation>
    </message>
    <message>
        <source>The survivor&apos;s choice about this referral is not recorded: ask them first, and record that they opted in before it is made (no one is referred without agreeing to it).</source>
        <translation>La decisión de la persona sobreviviente sobre esta derivación no está registrada: pregúntele primero y registre que la acepta antes de hacerla (nadie es derivado sin estar de acuerdo).</translation>
    </message>
    <message>
        <source>Record the survivor&apos;s consent for %1 covering %2 in the Consent tab first, or make the referral without sharing data.</source>
        <translation>Primero registre en la pestaña Consentimiento el consentimiento de la persona sobreviviente para %1 que cubra %2, o haga la derivación sin compartir datos.</translation>
    </message>
    <message>
        <source>Making this referral shares case data with %1, and there is no consent of the survivor for %1. %2</source>
        <translation>Hacer esta derivación comparte datos del caso con %1, y no hay ningún consentimiento de la persona sobreviviente para %1. %2</translation>
    </message>
    <message>
        <source>Making this referral shares case data with %1, and no active consent covers it: %2. %3</source>
        <translation>Hacer esta derivación comparte datos del caso con %1, y ningún consentimiento vigente lo cubre: %2. %3</translation>
    </message>
    <message>
        <source>the consent of %1 was revoked on %2</source>
        <translation>el consentimiento del %1 se revocó el %2</translation>
    </message>
    <message>
        <source>the consent of %1 expired on %2</source>
        <translation>el consentimiento del %1 venció el %2</translation>
    </message>
    <message>
        <source>the consent of %1 is not in force yet</source>
        <translation>el consentimiento del %1 todavía no está vigente</translation>
    </message>
    <message>
        <source>the consent of %1 covers %2, not %3</source>
        <translation>el consentimiento del %1 cubre %2, no %3</translation>
    </message>
</context>
<context>
    <name>ReferralChoiceDialog</name>
    <message>
        <source>The survivor&apos;s choice is recorded.</source>
        <translation>Se registró la decisión de la persona sobreviviente.</translation>
    </message>
    <message>
        <source>Survivor&apos;s choice</source>
        <translation>Decisión de la persona sobreviviente</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <source>Survivor&apos;s c&amp;hoice</source>
        <translation>&amp;Decisión de la persona sobreviviente</translation>
    </message>
    <message>
        <source>Sh&amp;aring</source>
        <translation>Co&amp;mpartir</translation>
    </message>
    <message>
        <source>Making it shares case data with the organisation</source>
        <translation>Hacer la derivación comparte datos del caso con la organización</translation>
    </message>
    <message>
        <source>Declining a referral already made withdraws it (it moves to declined or closed).</source>
        <translation>Rechazar una derivación ya hecha la retira (pasa a rechazada o cerrada).</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Opted in: wants the referral</source>
        <translation>Acepta: quiere la derivación</translation>
    </message>
    <message>
        <source>Declined: does not want it</source>
        <translation>Rechaza: no la quiere</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Acepta</translation>
    </message>
    <message>
        <source>Referral saved.</source>
        <translation>Derivación guardada.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Servicio</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <source>Survivor&apos;s c&amp;hoice</source>
        <translation>&amp;Decisión de la persona sobreviviente</translation>
    </message>
    <message>
        <source>— ask the survivor —</source>
        <translation>— pregúntele a la persona sobreviviente —</translation>
    </message>
    <message>
        <source>Sh&amp;aring</source>
        <translation>Co&amp;mpartir</translation>
    </message>
    <message>
        <source>Making it shares case data with the organisation</source>
        <translation>Hacer la derivación comparte datos del caso con la organización</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>O&amp;pened on</source>
        <translation>&amp;Abierta el</translation>
    </message>
    <message>
        <source>Declined is recorded and respected: the referral is kept as proposed and is never made.</source>
        <translation>Un rechazo se registra y se respeta: la derivación se conserva como propuesta y nunca se hace.</translation>
    </message>
    <message>
        <source>Ask the survivor first: a referral is recorded with their choice, never made for them.</source>
        <translation>Primero pregúntele a la persona sobreviviente: una derivación se registra con su decisión, nunca se hace por ella.</translation>
    </message>
</context>
<context>
    <name>ReferralStatusDialog</name>
    <message>
        <source>Referral status saved.</source>
        <translation>Estado de la derivación guardado.</translation>
    </message>
    <message>
        <source>Referral status</source>
        <translation>Estado de la derivación</translation>
    </message>
    <message>
        <source>Survivor&apos;s choice: %1</source>
        <translation>Decisión de la persona sobreviviente: %1</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Next status</source>
        <translation>&amp;Siguiente estado</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>A closed referral cannot change any more.</source>
        <translation>Una derivación cerrada ya no puede cambiar.</translation>
    </message>
</context>
<context>
    <name>RemoveQuestion</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>Program overview</source>
        <translation>Resumen del programa</translation>
    </message>
    <message>
        <source>New intakes by language</source>
        <translation>Admisiones nuevas por idioma</translation>
    </message>
    <message>
        <source>New intakes by age at period end</source>
        <translation>Admisiones nuevas por edad al final del período</translation>
    </message>
    <message>
        <source>New intakes by jurisdiction</source>
        <translation>Admisiones nuevas por jurisdicción</translation>
    </message>
    <message>
        <source>New intakes by quarter</source>
        <translation>Admisiones nuevas por trimestre</translation>
    </message>
    <message>
        <source>Active cases by language</source>
        <translation>Casos activos por idioma</translation>
    </message>
    <message>
        <source>Active cases by age at period end</source>
        <translation>Casos activos por edad al final del período</translation>
    </message>
    <message>
        <source>Referrals by service type</source>
        <translation>Derivaciones por tipo de servicio</translation>
    </message>
    <message>
        <source>Referrals by quarter</source>
        <translation>Derivaciones por trimestre</translation>
    </message>
    <message>
        <source>Screenings completed</source>
        <translation>Evaluaciones completadas</translation>
    </message>
    <message>
        <source>Change in screening scores</source>
        <translation>Cambio en las puntuaciones de las evaluaciones</translation>
    </message>
    <message>
        <source>Safety plans of active cases</source>
        <translation>Planes de seguridad de los casos activos</translation>
    </message>
    <message>
        <source>Care-plan goals by domain</source>
        <translation>Objetivos del plan de atención por área</translation>
    </message>
    <message>
        <source>Legal milestones</source>
        <translation>Hitos legales</translation>
    </message>
    <message>
        <source>Interpreter needs and bookings by language</source>
        <translation>Necesidades y reservas de intérprete por idioma</translation>
    </message>
    <message>
        <source>Interpreter needs by quarter</source>
        <translation>Necesidades de intérprete por trimestre</translation>
    </message>
    <message>
        <source>Housing of active cases at period end</source>
        <translation>Vivienda de los casos activos al final del período</translation>
    </message>
    <message>
        <source>Survivor feedback: satisfaction and feeling safe</source>
        <translation>Comentarios de sobrevivientes: satisfacción y sensación de seguridad</translation>
    </message>
    <message>
        <source>Survivor feedback: felt listened to</source>
        <translation>Comentarios de sobrevivientes: sentirse escuchado(a)</translation>
    </message>
    <message>
        <source>OVC human trafficking victim services: performance data</source>
        <translation>Servicios de la OVC para víctimas de trata de personas: datos de desempeño</translation>
    </message>
    <message>
        <source>Clients served in the period, adults and minors</source>
        <translation>Clientes atendidos en el período, adultos y menores</translation>
    </message>
    <message>
        <source>New clients in the period, adults and minors</source>
        <translation>Clientes nuevos en el período, adultos y menores</translation>
    </message>
    <message>
        <source>Services by type: referrals made, accepted and completed</source>
        <translation>Servicios por tipo: derivaciones hechas, aceptadas y completadas</translation>
    </message>
    <message>
        <source>Immigration and legal outcomes</source>
        <translation>Resultados de inmigración y legales</translation>
    </message>
    <message>
        <source>Housing of clients served at period end</source>
        <translation>Vivienda de los clientes atendidos al final del período</translation>
    </message>
    <message>
        <source>Interpretation: needs and bookings by language</source>
        <translation>Interpretación: necesidades y reservas por idioma</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>Tagalo</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>Criollo haitiano</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ucraniano</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation>Idioma del intérprete</translation>
    </message>
    <message>
        <source>Age at period end</source>
        <translation>Edad al final del período</translation>
    </message>
    <message>
        <source>Minor or adult at period end</source>
        <translation>Menor o adulto al final del período</translation>
    </message>
    <message>
        <source>Minor (under 18)</source>
        <translation>Menor (menos de 18 años)</translation>
    </message>
    <message>
        <source>Adult (18 or older)</source>
        <translation>Adulto (18 años o más)</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>California</source>
        <translation>California</translation>
    </message>
    <message>
        <source>New York</source>
        <translation>Nueva York</translation>
    </message>
    <message>
        <source>Texas</source>
        <translation>Texas</translation>
    </message>
    <message>
        <source>Federal (no state given)</source>
        <translation>Federal (sin estado indicado)</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <source>Housing and benefits</source>
        <translation>Vivienda y beneficios</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Atención médica</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Consumo de sustancias</translation>
    </message>
    <message>
        <source>Immigration legal</source>
        <translation>Servicios legales de inmigración</translation>
    </message>
    <message>
        <source>Other legal</source>
        <translation>Otros servicios legales</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Step reached in the period</source>
        <translation>Paso alcanzado en el período</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>PHQ-9 (depression)</source>
        <translation>PHQ-9 (depresión)</translation>
    </message>
    <message>
        <source>GAD-7 (anxiety)</source>
        <translation>GAD-7 (ansiedad)</translation>
    </message>
    <message>
        <source>PCL-5 (post-traumatic stress)</source>
        <translation>PCL-5 (estrés postraumático)</translation>
    </message>
    <message>
        <source>AHTST (trafficking screen)</source>
        <translation>AHTST (detección de trata)</translation>
    </message>
    <message>
        <source>Change since the first screening</source>
        <translation>Cambio desde la primera evaluación</translation>
    </message>
    <message>
        <source>Meaningful improvement</source>
        <translation>Mejora significativa</translation>
    </message>
    <message>
        <source>No meaningful change</source>
        <translation>Sin cambio significativo</translation>
    </message>
    <message>
        <source>Meaningful worsening</source>
        <translation>Empeoramiento significativo</translation>
    </message>
    <message>
        <source>Safety plan at period end</source>
        <translation>Plan de seguridad al final del período</translation>
    </message>
    <message>
        <source>Current (review date not passed)</source>
        <translation>Vigente (fecha de revisión no vencida)</translation>
    </message>
    <message>
        <source>Review date passed</source>
        <translation>Fecha de revisión vencida</translation>
    </message>
    <message>
        <source>No review date</source>
        <translation>Sin fecha de revisión</translation>
    </message>
    <message>
        <source>No safety plan</source>
        <translation>Sin plan de seguridad</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Income and benefits</source>
        <translation>Ingresos y beneficios</translation>
    </message>
    <message>
        <source>Education and employment</source>
        <translation>Educación y empleo</translation>
    </message>
    <message>
        <source>Social connection</source>
        <translation>Vínculos sociales</translation>
    </message>
    <message>
        <source>No domain</source>
        <translation>Sin área</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Met in the period</source>
        <translation>Logrado en el período</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Aún abierto</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>T visa application filed (I-914)</source>
        <translation>Solicitud de visa T presentada (I-914)</translation>
    </message>
    <message>
        <source>U visa certification signed (Supplement B)</source>
        <translation>Certificación de visa U firmada (Suplemento B)</translation>
    </message>
    <message>
        <source>T visa approved</source>
        <translation>Visa T aprobada</translation>
    </message>
    <message>
        <source>U visa approved</source>
        <translation>Visa U aprobada</translation>
    </message>
    <message>
        <source>USCIS unfavourable decision (I-914, I-918 or other)</source>
        <translation>Decisión desfavorable de USCIS (I-914, I-918 u otra)</translation>
    </message>
    <message>
        <source>Continued Presence granted</source>
        <translation>Presencia Continuada otorgada</translation>
    </message>
    <message>
        <source>Temporary protective order granted</source>
        <translation>Orden de protección temporal otorgada</translation>
    </message>
    <message>
        <source>Protective order granted after hearing</source>
        <translation>Orden de protección otorgada tras la audiencia</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Not booked</source>
        <translation>Sin reservar</translation>
    </message>
    <message>
        <source>Housing at period end</source>
        <translation>Vivienda al final del período</translation>
    </message>
    <message>
        <source>Unsheltered</source>
        <translation>En situación de calle</translation>
    </message>
    <message>
        <source>Emergency shelter</source>
        <translation>Albergue de emergencia</translation>
    </message>
    <message>
        <source>Staying with others</source>
        <translation>Con otras personas</translation>
    </message>
    <message>
        <source>Transitional housing</source>
        <translation>Vivienda transitoria</translation>
    </message>
    <message>
        <source>Stable housing</source>
        <translation>Vivienda estable</translation>
    </message>
    <message>
        <source>Satisfaction (1 not at all – 5 very)</source>
        <translation>Satisfacción (1 nada – 5 mucho)</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Felt listened to (1 not at all – 5 very)</source>
        <translation>Se sintió escuchado(a) (1 nada – 5 totalmente)</translation>
    </message>
    <message>
        <source>Felt safe</source>
        <translation>Se sintió seguro(a)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>No está seguro(a)</translation>
    </message>
    <message>
        <source>Form language</source>
        <translation>Idioma del formulario</translation>
    </message>
    <message>
        <source>New intakes</source>
        <translation>Admisiones nuevas</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Casos activos</translation>
    </message>
    <message>
        <source>Referrals made, accepted and completed</source>
        <translation>Derivaciones hechas, aceptadas y completadas</translation>
    </message>
    <message>
        <source>Referral steps</source>
        <translation>Pasos de derivación</translation>
    </message>
    <message>
        <source>Screenings</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Safety plans</source>
        <translation>Planes de seguridad</translation>
    </message>
    <message>
        <source>Care-plan goals</source>
        <translation>Objetivos del plan de atención</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Interpreter needs and bookings</source>
        <translation>Necesidades y reservas de intérprete</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Housing stability</source>
        <translation>Estabilidad de vivienda</translation>
    </message>
    <message>
        <source>Survivor feedback</source>
        <translation>Comentarios de sobrevivientes</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <source>Median days from referral made to the first service appointment</source>
        <translation>Mediana de días desde la derivación hasta la primera cita de servicio</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>PHQ-9: share with clinically meaningful improvement</source>
        <translation>PHQ-9: proporción con mejora clínicamente significativa</translation>
    </message>
    <message>
        <source>GAD-7: share with clinically meaningful improvement</source>
        <translation>GAD-7: proporción con mejora clínicamente significativa</translation>
    </message>
    <message>
        <source>PCL-5: share with clinically meaningful improvement</source>
        <translation>PCL-5: proporción con mejora clínicamente significativa</translation>
    </message>
    <message>
        <source>Share of interpreter needs booked</source>
        <translation>Proporción de necesidades de intérprete con reserva</translation>
    </message>
    <message>
        <source>Mean satisfaction (1–5)</source>
        <translation>Satisfacción media (1–5)</translation>
    </message>
    <message>
        <source>Mean &apos;felt listened to&apos; (1–5)</source>
        <translation>Media de “se sintió escuchado(a)” (1–5)</translation>
    </message>
    <message>
        <source>Share who felt safe</source>
        <translation>Proporción de personas que se sintieron seguras</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The %1 report for %2 to %3 is not published: %4%5. Try a longer period.</source>
        <translation>El informe %1 del %2 al %3 no se publica: %4%5. Pruebe con un período más largo.</translation>
    </message>
    <message>
        <source>output must be screen or json (got %1); files are written by write_report.</source>
        <translation>output debe ser screen o json (se recibió %1); los archivos los escribe write_report.</translation>
    </message>
    <message>
        <source>A report file must end in .pdf or .csv (got %1).</source>
        <translation>Un archivo de informe debe terminar en .pdf o .csv (se recibió %1).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it first.</source>
        <translation>La carpeta %1 no existe; créela primero.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name, or --force to replace it.</source>
        <translation>%1 ya existe; elija otro nombre, o use --force para reemplazarlo.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>advocate</source>
        <extracomment>a role as a person is called (&quot;case manager&quot;)</extracomment>
        <translation>defensor(a) legal</translation>
    </message>
    <message>
        <source>clinician</source>
        <translation>personal clínico</translation>
    </message>
    <message>
        <source>case manager</source>
        <translation>gestor(a) de casos</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor(a)</translation>
    </message>
    <message>
        <source>peer mentor</source>
        <translation>mentor(a) par</translation>
    </message>
    <message>
        <source>an advocate</source>
        <extracomment>a role with its article, as &quot;ask …&quot; names it (&quot;an advocate&quot;)</extracomment>
        <translation>un(a) defensor(a) legal</translation>
    </message>
    <message>
        <source>a clinician</source>
        <translation>alguien del personal clínico</translation>
    </message>
    <message>
        <source>a case manager</source>
        <translation>un(a) gestor(a) de casos</translation>
    </message>
    <message>
        <source>a supervisor</source>
        <translation>un(a) supervisor(a)</translation>
    </message>
    <message>
        <source>a peer mentor</source>
        <translation>un(a) mentor(a) par</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>Agregar una fila (Insert)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this row (Delete)</source>
        <translation>Quitar esta fila (Delete)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Subir (Alt+Up)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Bajar (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <source>A federal court period in days</source>
        <translation>Un plazo de un tribunal federal en días</translation>
    </message>
    <message>
        <source>Event that starts the period</source>
        <translation>Hecho que inicia el plazo</translation>
    </message>
    <message>
        <source>the event that starts the period</source>
        <translation>el hecho que inicia el plazo</translation>
    </message>
    <message>
        <source>A federal court period in hours</source>
        <translation>Un plazo de un tribunal federal en horas</translation>
    </message>
    <message>
        <source>Time of the event</source>
        <translation>Hora del hecho</translation>
    </message>
    <message>
        <source>the time of the event</source>
        <translation>la hora del hecho</translation>
    </message>
    <message>
        <source>When the clerk&apos;s office is inaccessible on the last day</source>
        <translation>Cuando la secretaría del tribunal está inaccesible el último día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>el último día</translation>
    </message>
    <message>
        <source>When the last day ends (federal court)</source>
        <translation>Cuándo termina el último día (tribunal federal)</translation>
    </message>
    <message>
        <source>A federal court period counted back from an event</source>
        <translation>Un plazo de un tribunal federal contado hacia atrás desde un hecho</translation>
    </message>
    <message>
        <source>Event it is counted back from</source>
        <translation>Hecho desde el que se cuenta hacia atrás</translation>
    </message>
    <message>
        <source>the event it is counted back from</source>
        <translation>el hecho desde el que se cuenta hacia atrás</translation>
    </message>
    <message>
        <source>Federal court legal holidays</source>
        <translation>Feriados legales de los tribunales federales</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>the day</source>
        <translation>el día</translation>
    </message>
    <message>
        <source>A federal court period after service by mail (+3 days)</source>
        <translation>Un plazo de un tribunal federal tras la notificación por correo (+3 días)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>la notificación</translation>
    </message>
    <message>
        <source>A federal appeals, criminal or bankruptcy court period</source>
        <translation>Un plazo de un tribunal federal de apelaciones, penal o de quiebras</translation>
    </message>
    <message>
        <source>Federal legal public holidays</source>
        <translation>Feriados públicos legales federales</translation>
    </message>
    <message>
        <source>Ad hoc closures (executive orders)</source>
        <translation>Cierres extraordinarios (órdenes ejecutivas)</translation>
    </message>
    <message>
        <source>A California court period counted forward</source>
        <translation>Un plazo de un tribunal de California contado hacia adelante</translation>
    </message>
    <message>
        <source>Triggering act</source>
        <translation>Acto desencadenante</translation>
    </message>
    <message>
        <source>the triggering act</source>
        <translation>el acto desencadenante</translation>
    </message>
    <message>
        <source>A California filing due before a hearing</source>
        <translation>Una presentación en California que vence antes de una audiencia</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>the hearing</source>
        <translation>la audiencia</translation>
    </message>
    <message>
        <source>A California period after service by mail or e-service</source>
        <translation>Un plazo en California tras la notificación por correo o electrónica</translation>
    </message>
    <message>
        <source>A New York court period</source>
        <translation>Un plazo de un tribunal de Nueva York</translation>
    </message>
    <message>
        <source>Act that starts the period</source>
        <translation>Acto que inicia el plazo</translation>
    </message>
    <message>
        <source>the act that starts the period</source>
        <translation>el acto que inicia el plazo</translation>
    </message>
    <message>
        <source>A Texas court period</source>
        <translation>Un plazo de un tribunal de Texas</translation>
    </message>
    <message>
        <source>T visa application (I-914) filed: bona fide review</source>
        <translation>Solicitud de visa T (I-914) presentada: revisión de buena fe (bona fide)</translation>
    </message>
    <message>
        <source>I-914 filing</source>
        <translation>Presentación del I-914</translation>
    </message>
    <message>
        <source>the I-914 filing</source>
        <translation>la presentación del I-914</translation>
    </message>
    <message>
        <source>T status ends (4 years); file the I-485 before then</source>
        <translation>El estatus T termina (4 años); presente el I-485 antes</translation>
    </message>
    <message>
        <source>T approval</source>
        <translation>Aprobación de la visa T</translation>
    </message>
    <message>
        <source>the T approval</source>
        <translation>la aprobación de la visa T</translation>
    </message>
    <message>
        <source>Green card (I-485) window after T status</source>
        <translation>Período para la residencia permanente (green card, I-485) tras el estatus T</translation>
    </message>
    <message>
        <source>Admission in T status</source>
        <translation>Admisión en estatus T</translation>
    </message>
    <message>
        <source>the admission in T status</source>
        <translation>la admisión en estatus T</translation>
    </message>
    <message>
        <source>Return from a trip abroad in time (90/180 days)</source>
        <translation>Regresar a tiempo de un viaje al extranjero (90/180 días)</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>the departure</source>
        <translation>la salida</translation>
    </message>
    <message>
        <source>File the U visa before Supplement B expires (6 months)</source>
        <translation>Presentar la visa U antes de que venza el Suplemento B (6 meses)</translation>
    </message>
    <message>
        <source>Supplement B signature</source>
        <translation>Firma del Suplemento B</translation>
    </message>
    <message>
        <source>the Supplement B signature</source>
        <translation>la firma del Suplemento B</translation>
    </message>
    <message>
        <source>U status ends (4 years); file the I-485 before then</source>
        <translation>El estatus U termina (4 años); presente el I-485 antes</translation>
    </message>
    <message>
        <source>U approval</source>
        <translation>Aprobación de la visa U</translation>
    </message>
    <message>
        <source>the U approval</source>
        <translation>la aprobación de la visa U</translation>
    </message>
    <message>
        <source>Green card (I-485) window after U status</source>
        <translation>Período para la residencia permanente (green card, I-485) tras el estatus U</translation>
    </message>
    <message>
        <source>Admission in U status</source>
        <translation>Admisión en estatus U</translation>
    </message>
    <message>
        <source>the admission in U status</source>
        <translation>la admisión en estatus U</translation>
    </message>
    <message>
        <source>Continued Presence ends (2 years)</source>
        <translation>Termina la Presencia Continuada (Continued Presence, 2 años)</translation>
    </message>
    <message>
        <source>Continued Presence grant</source>
        <translation>Otorgamiento de la Presencia Continuada</translation>
    </message>
    <message>
        <source>the Continued Presence grant</source>
        <translation>el otorgamiento de la Presencia Continuada</translation>
    </message>
    <message>
        <source>Asylum application within one year of arrival</source>
        <translation>Solicitud de asilo dentro del año siguiente a la llegada</translation>
    </message>
    <message>
        <source>Last arrival</source>
        <translation>Última llegada</translation>
    </message>
    <message>
        <source>the last arrival</source>
        <translation>la última llegada</translation>
    </message>
    <message>
        <source>Pay the Annual Asylum Fee</source>
        <translation>Pagar la tarifa anual de asilo (Annual Asylum Fee)</translation>
    </message>
    <message>
        <source>Fee notice</source>
        <translation>Aviso de la tarifa</translation>
    </message>
    <message>
        <source>the fee notice</source>
        <translation>el aviso de la tarifa</translation>
    </message>
    <message>
        <source>Appeal to the BIA</source>
        <translation>Apelación ante la BIA</translation>
    </message>
    <message>
        <source>Immigration judge&apos;s decision</source>
        <translation>Decisión del juez de inmigración</translation>
    </message>
    <message>
        <source>the immigration judge&apos;s decision</source>
        <translation>la decisión del juez de inmigración</translation>
    </message>
    <message>
        <source>Motion to reconsider (30 days)</source>
        <translation>Moción de reconsideración (30 días)</translation>
    </message>
    <message>
        <source>Final order</source>
        <translation>Orden definitiva</translation>
    </message>
    <message>
        <source>the final order</source>
        <translation>la orden definitiva</translation>
    </message>
    <message>
        <source>Motion to reopen (90 days)</source>
        <translation>Moción de reapertura (90 días)</translation>
    </message>
    <message>
        <source>Motion to reopen an in absentia order (180 days)</source>
        <translation>Moción de reapertura de una orden in absentia (180 días)</translation>
    </message>
    <message>
        <source>In absentia order</source>
        <translation>Orden in absentia</translation>
    </message>
    <message>
        <source>the in absentia order</source>
        <translation>la orden in absentia</translation>
    </message>
    <message>
        <source>Immigration court filings before a hearing</source>
        <translation>Presentaciones ante el tribunal de inmigración antes de una audiencia</translation>
    </message>
    <message>
        <source>Tell the immigration court about a new address</source>
        <translation>Informar al tribunal de inmigración de una nueva dirección</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mudanza</translation>
    </message>
    <message>
        <source>the move</source>
        <translation>la mudanza</translation>
    </message>
    <message>
        <source>Respond to a USCIS Request for Evidence (RFE)</source>
        <translation>Responder a una Solicitud de Evidencia (RFE) de USCIS</translation>
    </message>
    <message>
        <source>RFE</source>
        <translation>RFE</translation>
    </message>
    <message>
        <source>the RFE</source>
        <translation>la RFE</translation>
    </message>
    <message>
        <source>Respond to a USCIS Notice of Intent to Deny (NOID)</source>
        <translation>Responder a un Aviso de Intención de Denegar (NOID) de USCIS</translation>
    </message>
    <message>
        <source>NOID</source>
        <translation>NOID</translation>
    </message>
    <message>
        <source>the NOID</source>
        <translation>el NOID</translation>
    </message>
    <message>
        <source>Appeal or motion on a USCIS denial (I-290B)</source>
        <translation>Apelación o moción contra una denegación de USCIS (I-290B)</translation>
    </message>
    <message>
        <source>Denial</source>
        <translation>Denegación</translation>
    </message>
    <message>
        <source>the denial</source>
        <translation>la denegación</translation>
    </message>
    <message>
        <source>USCIS paper filing due on a weekend or holiday</source>
        <translation>Presentación en papel ante USCIS que vence en fin de semana o feriado</translation>
    </message>
    <message>
        <source>Reschedule a biometrics appointment</source>
        <translation>Reprogramar una cita de datos biométricos</translation>
    </message>
    <message>
        <source>Biometrics appointment</source>
        <translation>Cita de datos biométricos</translation>
    </message>
    <message>
        <source>the biometrics appointment</source>
        <translation>la cita de datos biométricos</translation>
    </message>
    <message>
        <source>Renew the work permit (EAD)</source>
        <translation>Renovar el permiso de trabajo (EAD)</translation>
    </message>
    <message>
        <source>Work permit&apos;s expiry</source>
        <translation>Vencimiento del permiso de trabajo</translation>
    </message>
    <message>
        <source>the work permit&apos;s expiry</source>
        <translation>el vencimiento del permiso de trabajo</translation>
    </message>
    <message>
        <source>Federal witness protection: temporary restraining order</source>
        <translation>Protección federal de testigos: orden de restricción temporal</translation>
    </message>
    <message>
        <source>TRO</source>
        <translation>TRO</translation>
    </message>
    <message>
        <source>the TRO</source>
        <translation>la TRO</translation>
    </message>
    <message>
        <source>Federal witness protection: protective order after hearing</source>
        <translation>Protección federal de testigos: orden de protección tras la audiencia</translation>
    </message>
    <message>
        <source>Protective order</source>
        <translation>Orden de protección</translation>
    </message>
    <message>
        <source>the protective order</source>
        <translation>la orden de protección</translation>
    </message>
    <message>
        <source>California restraining order (DVRO): hearing date</source>
        <translation>Orden de restricción de California (DVRO): fecha de la audiencia</translation>
    </message>
    <message>
        <source>TRO ruling</source>
        <translation>Resolución sobre la TRO</translation>
    </message>
    <message>
        <source>the TRO ruling</source>
        <translation>la resolución sobre la TRO</translation>
    </message>
    <message>
        <source>California restraining order (DVRO): serve before the hearing</source>
        <translation>Orden de restricción de California (DVRO): notificar antes de la audiencia</translation>
    </message>
    <message>
        <source>California restraining order (DVRO): hearing continued</source>
        <translation>Orden de restricción de California (DVRO): audiencia aplazada</translation>
    </message>
    <message>
        <source>First hearing</source>
        <translation>Primera audiencia</translation>
    </message>
    <message>
        <source>the first hearing</source>
        <translation>la primera audiencia</translation>
    </message>
    <message>
        <source>California restraining order (DVRO) after hearing: when it ends</source>
        <translation>Orden de restricción de California (DVRO) tras la audiencia: cuándo termina</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>the order</source>
        <translation>la orden</translation>
    </message>
    <message>
        <source>California restraining order (DVRO): renew before it ends</source>
        <translation>Orden de restricción de California (DVRO): renovar antes de que termine</translation>
    </message>
    <message>
        <source>Order&apos;s expiry</source>
        <translation>Vencimiento de la orden</translation>
    </message>
    <message>
        <source>the order&apos;s expiry</source>
        <translation>el vencimiento de la orden</translation>
    </message>
    <message>
        <source>New York temporary order of protection</source>
        <translation>Orden de protección temporal de Nueva York</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Petición</translation>
    </message>
    <message>
        <source>the petition</source>
        <translation>la petición</translation>
    </message>
    <message>
        <source>New York Family Court: serve 24 hours before the appearance</source>
        <translation>Tribunal de Familia de Nueva York: notificar 24 horas antes de la comparecencia</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Comparecencia</translation>
    </message>
    <message>
        <source>the appearance</source>
        <translation>la comparecencia</translation>
    </message>
    <message>
        <source>New York final order of protection: when it ends</source>
        <translation>Orden de protección definitiva de Nueva York: cuándo termina</translation>
    </message>
    <message>
        <source>Texas temporary ex parte protective order</source>
        <translation>Orden de protección temporal ex parte de Texas</translation>
    </message>
    <message>
        <source>Ex parte order</source>
        <translation>Orden ex parte</translation>
    </message>
    <message>
        <source>the ex parte order</source>
        <translation>la orden ex parte</translation>
    </message>
    <message>
        <source>Texas protective-order hearing (14 days)</source>
        <translation>Audiencia de orden de protección de Texas (14 días)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>the application</source>
        <translation>la solicitud</translation>
    </message>
    <message>
        <source>Texas final protective order: when it ends</source>
        <translation>Orden de protección definitiva de Texas: cuándo termina</translation>
    </message>
    <message>
        <source>Tell the victim about a court proceeding (CVRA)</source>
        <translation>Informar a la víctima de un procedimiento judicial (CVRA)</translation>
    </message>
    <message>
        <source>Proceeding</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <source>the proceeding</source>
        <translation>el procedimiento</translation>
    </message>
    <message>
        <source>Court decides the victim&apos;s mandamus petition (72 hours)</source>
        <translation>El tribunal resuelve la petición de mandamus de la víctima (72 horas)</translation>
    </message>
    <message>
        <source>Mandamus petition</source>
        <translation>Petición de mandamus</translation>
    </message>
    <message>
        <source>the mandamus petition</source>
        <translation>la petición de mandamus</translation>
    </message>
    <message>
        <source>Victim&apos;s mandamus petition (14 days)</source>
        <translation>Petición de mandamus de la víctima (14 días)</translation>
    </message>
    <message>
        <source>Denial of the right to be heard</source>
        <translation>Denegación del derecho a ser oída</translation>
    </message>
    <message>
        <source>the denial of the right to be heard</source>
        <translation>la denegación del derecho a ser oída</translation>
    </message>
    <message>
        <source>Indictment within 30 days of arrest (Speedy Trial Act)</source>
        <translation>Acusación formal dentro de los 30 días siguientes al arresto (Speedy Trial Act)</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Arresto</translation>
    </message>
    <message>
        <source>the arrest</source>
        <translation>el arresto</translation>
    </message>
    <message>
        <source>Trial within 70 days (Speedy Trial Act)</source>
        <translation>Juicio dentro de 70 días (Speedy Trial Act)</translation>
    </message>
    <message>
        <source>Indictment or first appearance</source>
        <translation>Acusación formal o primera comparecencia</translation>
    </message>
    <message>
        <source>the indictment or first appearance</source>
        <translation>la acusación formal o primera comparecencia</translation>
    </message>
    <message>
        <source>Trial not before 30 days (Speedy Trial Act)</source>
        <translation>Juicio no antes de 30 días (Speedy Trial Act)</translation>
    </message>
    <message>
        <source>First appearance</source>
        <translation>Primera comparecencia</translation>
    </message>
    <message>
        <source>the first appearance</source>
        <translation>la primera comparecencia</translation>
    </message>
    <message>
        <source>Trafficking civil claim (TVPRA): 10 years</source>
        <translation>Demanda civil por trata (TVPRA): 10 años</translation>
    </message>
    <message>
        <source>Date the claim accrued</source>
        <translation>Fecha en que nació el derecho a demandar</translation>
    </message>
    <message>
        <source>the date the claim accrued</source>
        <translation>la fecha en que nació el derecho a demandar</translation>
    </message>
    <message>
        <source>HIV prevention (nPEP): first dose within 72 hours</source>
        <translation>Prevención del VIH (nPEP): primera dosis dentro de 72 horas</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposición</translation>
    </message>
    <message>
        <source>the exposure</source>
        <translation>la exposición</translation>
    </message>
    <message>
        <source>HIV prevention (nPEP): 28-day course</source>
        <translation>Prevención del VIH (nPEP): tratamiento de 28 días</translation>
    </message>
    <message>
        <source>First dose</source>
        <translation>Primera dosis</translation>
    </message>
    <message>
        <source>the first dose</source>
        <translation>la primera dosis</translation>
    </message>
    <message>
        <source>HIV prevention (nPEP): follow-up visits and tests</source>
        <translation>Prevención del VIH (nPEP): visitas y pruebas de seguimiento</translation>
    </message>
    <message>
        <source>Follow-up care after sexual assault</source>
        <translation>Atención de seguimiento después de una agresión sexual</translation>
    </message>
    <message>
        <source>Assault</source>
        <translation>Agresión</translation>
    </message>
    <message>
        <source>the assault</source>
        <translation>la agresión</translation>
    </message>
    <message>
        <source>Hepatitis B protection after exposure</source>
        <translation>Protección contra la hepatitis B después de una exposición</translation>
    </message>
    <message>
        <source>Hepatitis B vaccine: 3 doses</source>
        <translation>Vacuna contra la hepatitis B: 3 dosis</translation>
    </message>
    <message>
        <source>Dose 1</source>
        <translation>Dosis 1</translation>
    </message>
    <message>
        <source>dose 1</source>
        <translation>la dosis 1</translation>
    </message>
    <message>
        <source>Hepatitis B vaccine (Heplisav-B): 2 doses</source>
        <translation>Vacuna contra la hepatitis B (Heplisav-B): 2 dosis</translation>
    </message>
    <message>
        <source>HPV vaccine: 3 doses</source>
        <translation>Vacuna contra el VPH: 3 dosis</translation>
    </message>
    <message>
        <source>STI retest at 3 months</source>
        <translation>Nueva prueba de ITS a los 3 meses</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>the treatment</source>
        <translation>el tratamiento</translation>
    </message>
    <message>
        <source>Emergency contraception windows</source>
        <translation>Plazos de la anticoncepción de emergencia</translation>
    </message>
    <message>
        <source>Repeat pregnancy test</source>
        <translation>Repetir la prueba de embarazo</translation>
    </message>
    <message>
        <source>Last exposure</source>
        <translation>Última exposición</translation>
    </message>
    <message>
        <source>the last exposure</source>
        <translation>la última exposición</translation>
    </message>
    <message>
        <source>Tetanus booster</source>
        <translation>Refuerzo contra el tétanos</translation>
    </message>
    <message>
        <source>Last tetanus dose</source>
        <translation>Última dosis contra el tétanos</translation>
    </message>
    <message>
        <source>the last tetanus dose</source>
        <translation>la última dosis contra el tétanos</translation>
    </message>
    <message>
        <source>Read the TB skin test (48–72 hours)</source>
        <translation>Leer la prueba cutánea de tuberculosis (48–72 horas)</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>the placement</source>
        <translation>la aplicación</translation>
    </message>
    <message>
        <source>Repeat TB test after exposure</source>
        <translation>Repetir la prueba de tuberculosis después de una exposición</translation>
    </message>
    <message>
        <source>Mental health rescreening</source>
        <translation>Nueva evaluación de salud mental</translation>
    </message>
    <message>
        <source>Baseline screen</source>
        <translation>Evaluación inicial</translation>
    </message>
    <message>
        <source>the baseline screen</source>
        <translation>la evaluación inicial</translation>
    </message>
</context>
<context>
    <name>RulePicker</name>
    <message>
        <source>Search, e.g. BIA, RFE, restraining order, nPEP</source>
        <translation>Buscar, p. ej., BIA, RFE, orden de restricción, nPEP</translation>
    </message>
    <message>
        <source>Search trigger events</source>
        <translation>Buscar hechos desencadenantes</translation>
    </message>
    <message>
        <source>What it computes</source>
        <translation>Qué calcula</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Se cuenta desde</translation>
    </message>
    <message>
        <source>Trigger events</source>
        <translation>Hechos desencadenantes</translation>
    </message>
    <message>
        <source>No trigger event matches; try fewer or other words.</source>
        <translation>Ningún hecho desencadenante coincide; pruebe con menos palabras o con otras.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>%1: %2 is not a YYYY-MM-DD date.</source>
        <translation>%1: %2 no es una fecha AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Rule data %1: %2</source>
        <translation>Datos de la regla %1: %2</translation>
    </message>
</context>
<context>
    <name>SafeAddressDialog</name>
    <message>
        <source>Safe address</source>
        <translation>Dirección segura</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>Trámite</translation>
    </message>
    <message>
        <source>Address to print</source>
        <translation>Dirección que se imprime</translation>
    </message>
    <message>
        <source>Printed on this filing instead of the survivor&apos;s address (e.g. the clinic&apos;s PO box).</source>
        <translation>Se imprime en este trámite en lugar de la dirección de la persona sobreviviente (p. ej., el apartado postal de la clínica).</translation>
    </message>
    <message>
        <source>a form (I-914) or a matter</source>
        <translation>un formulario (I-914) o un asunto</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Safe address saved.</source>
        <translation>Dirección segura guardada.</translation>
    </message>
</context>
<context>
    <name>SafeAddressesDialog</name>
    <message>
        <source>The address to print on each filing instead of the confidential one (e.g. on the I-914).</source>
        <translation>La dirección que se imprime en cada trámite en lugar de la confidencial (p. ej., en el I-914).</translation>
    </message>
    <message>
        <source>the safe address for %1</source>
        <translation>la dirección segura para %1</translation>
    </message>
</context>
<context>
    <name>SafetyPlanDialog</name>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Safety plan saved.</source>
        <translation>Plan de seguridad guardado.</translation>
    </message>
    <message>
        <source>Nothing was changed in the safety plan.</source>
        <translation>No se cambió nada en el plan de seguridad.</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>&amp;Risk level</source>
        <translation>Nivel de &amp;riesgo</translation>
    </message>
    <message>
        <source>Re&amp;view by</source>
        <translation>Re&amp;visar a más tardar el</translation>
    </message>
    <message>
        <source>Risk no&amp;te</source>
        <translation>No&amp;ta sobre el riesgo</translation>
    </message>
    <message>
        <source>Why the level changed (kept in the risk history)</source>
        <translation>Por qué cambió el nivel (se guarda en el historial de riesgo)</translation>
    </message>
    <message>
        <source>The day the team goes over the plan with the survivor again; a review task goes on the timeline. Leave empty for none.</source>
        <translation>El día en que el equipo vuelve a repasar el plan con la persona sobreviviente; se agrega una tarea de revisión a la cronología. Déjelo vacío si no hay ninguna.</translation>
    </message>
    <message>
        <source>&amp;Warning signs</source>
        <translation>&amp;Señales de alerta</translation>
    </message>
    <message>
        <source>Warning sign</source>
        <translation>Señal de alerta</translation>
    </message>
    <message>
        <source>Safe co&amp;ntacts</source>
        <translation>Co&amp;ntactos seguros</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Cómo comunicarse</translation>
    </message>
    <message>
        <source>How to reach them safely (e.g. text only, after 6 pm)</source>
        <translation>Cómo comunicarse de forma segura (p. ej., solo mensajes de texto, después de las 6 p. m.)</translation>
    </message>
    <message>
        <source>Safe &amp;places</source>
        <translation>&amp;Lugares seguros</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>What to &amp;do</source>
        <translation>Qué &amp;hacer</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>What the survivor says, in their words</source>
        <translation>Lo que dice la persona sobreviviente, en sus propias palabras</translation>
    </message>
    <message>
        <source>&amp;In my own words</source>
        <translation>&amp;En mis propias palabras</translation>
    </message>
    <message>
        <source>In a list: Insert adds a row, Delete removes it, Alt+Up and Alt+Down move it, F2 edits; Tab goes on to the next part.</source>
        <translation>En una lista: Insert agrega una fila, Delete la quita, Alt+Up y Alt+Down la mueven, F2 la edita; Tab pasa a la parte siguiente.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>Contact %1 needs a %2 (who they are to the survivor: friend, advocate, hotline…).</source>
        <translation>El contacto %1 necesita un %2 (quién es para la persona sobreviviente: amistad, defensor(a), línea de ayuda…).</translation>
    </message>
    <message>
        <source>%1 is before today. The review day is when the team next goes over the plan with the survivor: choose today or later — or press Save again to keep this day for an older plan (its review then shows as overdue).</source>
        <translation>%1 es anterior a hoy. El día de revisión es cuando el equipo vuelve a repasar el plan con la persona sobreviviente: elija hoy o una fecha posterior, o pulse Guardar otra vez para conservar este día en un plan antiguo (su revisión aparecerá entonces como vencida).</translation>
    </message>
    <message>
        <source>%1 changed this plan since you opened it</source>
        <translation>%1 cambió este plan después de que usted lo abrió</translation>
    </message>
    <message>
        <source>Your changes are kept below; save again to apply them on top.</source>
        <translation>Sus cambios se conservan abajo; guarde de nuevo para aplicarlos sobre la versión actual.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <source>Safe contacts</source>
        <translation>Contactos seguros</translation>
    </message>
    <message>
        <source>Safe places</source>
        <translation>Lugares seguros</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation>En mis propias palabras</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Revisar a más tardar el</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambió</translation>
    </message>
</context>
<context>
    <name>SafetyPlanTab</name>
    <message>
        <source>High risk</source>
        <translation>Riesgo alto</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Riesgo medio</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Riesgo bajo</translation>
    </message>
    <message>
        <source>Risk level not set</source>
        <translation>Nivel de riesgo sin definir</translation>
    </message>
    <message>
        <source>No review day set</source>
        <translation>Sin día de revisión</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Review overdue: it was due %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>⚠ Revisión vencida: vencía el %1 (hace %n día)</numerusform>
            <numerusform>⚠ Revisión vencida: vencía el %1 (hace %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Review due today (%1)</source>
        <translation>Revisión para hoy (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Review by %1 (in %n day(s))</source>
        <translation>
            <numerusform>Revisar a más tardar el %1 (en %n día)</numerusform>
            <numerusform>Revisar a más tardar el %1 (en %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation>&amp;Editar plan…</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>Editar plan</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <source>Safe contacts</source>
        <translation>Contactos seguros</translation>
    </message>
    <message>
        <source>Safe places</source>
        <translation>Lugares seguros</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation>En mis propias palabras</translation>
    </message>
    <message>
        <source>In my own words (the survivor&apos;s words)</source>
        <translation>En mis propias palabras (las palabras de la persona sobreviviente)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Risk history</source>
        <translation>Historial de riesgo</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>&amp;Create plan…</source>
        <translation>Crear &amp;plan…</translation>
    </message>
    <message>
        <source>Updated %1 by %2</source>
        <translation>Actualizado el %1 por %2</translation>
    </message>
    <message>
        <source>No safety plan yet</source>
        <translation>Todavía no hay plan de seguridad</translation>
    </message>
    <message>
        <source>Risk level not shown to your role</source>
        <translation>Su rol no ve el nivel de riesgo</translation>
    </message>
    <message>
        <source>This case has no safety plan yet. A plan is written with the survivor: the warning signs they notice, who they can contact and how, safe places, what to do, and their own words.</source>
        <translation>Este caso todavía no tiene plan de seguridad. El plan se escribe con la persona sobreviviente: las señales de alerta que nota, a quién puede contactar y cómo, los lugares seguros, qué hacer y sus propias palabras.</translation>
    </message>
    <message>
        <source>Your role (%1) sees that there is a safety plan, its review day and risk level, but not what it says: the warning signs, contacts, places, steps and the survivor&apos;s own words stay with the team that writes the plan with them.</source>
        <translation>Su rol (%1) ve que existe un plan de seguridad, su día de revisión y su nivel de riesgo, pero no lo que dice: las señales de alerta, los contactos, los lugares, los pasos y las propias palabras de la persona sobreviviente quedan con el equipo que escribe el plan con ella.</translation>
    </message>
    <message>
        <source>None written yet</source>
        <translation>Todavía no se escribió nada</translation>
    </message>
</context>
<context>
    <name>SafetyPlans</name>
    <message>
        <source>%1: is not a part of a safety plan (use %2)</source>
        <translation>%1: no es una parte de un plan de seguridad (use %2)</translation>
    </message>
    <message>
        <source>version: must be the whole number the plan was read with</source>
        <translation>version: debe ser el número entero con el que se leyó el plan</translation>
    </message>
    <message>
        <source>review_on: %1 is before today (%2). The review day is when the team next goes over the plan with the survivor: choose today or a later day (to record an older plan whose review is overdue, confirm the past day).</source>
        <translation>review_on: %1 es anterior a hoy (%2). El día de revisión es cuando el equipo vuelve a repasar el plan con la persona sobreviviente: elija hoy o un día posterior (para registrar un plan antiguo cuya revisión está vencida, confirme el día pasado).</translation>
    </message>
    <message>
        <source>review_on: %1is not a date (use YYYY-MM-DD, e.g. 2026-12-15)</source>
        <translation>review_on: %1no es una fecha (use AAAA-MM-DD, p. ej., 2026-12-15)</translation>
    </message>
    <message>
        <source>risk_level: a risk level once set can be changed but not removed (its history is kept); choose low, medium or high</source>
        <translation>risk_level: un nivel de riesgo, una vez definido, se puede cambiar pero no quitar (se conserva su historial); elija low, medium o high</translation>
    </message>
    <message>
        <source>risk_level: is not a risk level (use %1)</source>
        <translation>risk_level: no es un nivel de riesgo (use %1)</translation>
    </message>
    <message>
        <source>risk_note: a risk note says why the risk level changed, and the level is unchanged (%1); change the level or leave the note out</source>
        <translation>risk_note: una nota de riesgo explica por qué cambió el nivel de riesgo, y el nivel no cambió (%1); cambie el nivel u omita la nota</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>%1 has no item(s) %2; its items are %3 to %4.</source>
        <translation>%1 no tiene el/los ítem(s) %2; sus ítems van del %3 al %4.</translation>
    </message>
    <message>
        <source>%1: %2 is not an answer. Give one of %3, or one of %4.</source>
        <translation>%1: %2 no es una respuesta. Indique una de %3, o una de %4.</translation>
    </message>
    <message>
        <source>%1 has no clinically meaningful change: it is a screen, not a measure of severity over time.</source>
        <translation>%1 no tiene cambio clínicamente significativo: es un tamizaje, no una medida de gravedad a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>%1 %2: %3 is not a total (%4-%5).</source>
        <translation>%1 %2: %3 no es un total (%4-%5).</translation>
    </message>
</context>
<context>
    <name>ScreeningRunner</name>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Prefiero no responder</translation>
    </message>
    <message>
        <source>Already told to %1 on %2: %3</source>
        <translation>Ya se lo contó a %1 el %2: %3</translation>
    </message>
</context>
<context>
    <name>ScreeningRunnerDialog</name>
    <message>
        <source>Screening</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Screening runner</source>
        <translation>Aplicación de la evaluación</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>%1 agreed to answer these questions</source>
        <translation>%1 aceptó responder estas preguntas</translation>
    </message>
    <message>
        <source>Optional, e.g. verbal consent, interpreter</source>
        <translation>Opcional, p. ej., consentimiento verbal, intérprete</translation>
    </message>
    <message>
        <source>Consent note</source>
        <translation>Nota de consentimiento</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Comenzar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Comenzar</translation>
    </message>
    <message>
        <source>&amp;Instrument</source>
        <translation>&amp;Instrumento</translation>
    </message>
    <message>
        <source>Consent &amp;note</source>
        <translation>&amp;Nota de consentimiento</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Before we start</source>
        <translation>Antes de comenzar</translation>
    </message>
    <message>
        <source>Every question can be skipped, left for another day, or not answered. You can pause at any point and carry on later.</source>
        <translation>Cualquier pregunta se puede omitir, dejar para otro día o no responder. Puede hacer una pausa en cualquier momento y continuar más tarde.</translation>
    </message>
    <message>
        <source> The questions&apos; wording is not shipped: each shows a neutral label; read the licensed form aloud.</source>
        <translation> El texto de las preguntas no se incluye: cada una muestra una etiqueta neutral; lea en voz alta el formulario con licencia.</translation>
    </message>
    <message>
        <source>Consent comes first: tick the box when %1 has agreed.</source>
        <translation>Primero el consentimiento: marque la casilla cuando %1 haya aceptado.</translation>
    </message>
    <message>
        <source>Screening: %1</source>
        <translation>Evaluación: %1</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>&amp;Use that answer (U)</source>
        <translation>&amp;Usar esa respuesta (U)</translation>
    </message>
    <message>
        <source>Use that answer</source>
        <translation>Usar esa respuesta</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Stop — they do not want to go on</source>
        <translation>Detener — la persona no quiere continuar</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>A same-day task was created for the clinician: %1</source>
        <translation>Se creó una tarea del mismo día para el personal clínico: %1</translation>
    </message>
    <message>
        <source>A same-day task for the clinician is already open: %1</source>
        <translation>Ya hay abierta una tarea del mismo día para el personal clínico: %1</translation>
    </message>
    <message>
        <source>You can keep going, pause, or stop; please make sure the clinician knows before the person leaves.</source>
        <translation>Puede continuar, hacer una pausa o detenerse; asegúrese de que el personal clínico lo sepa antes de que la persona se vaya.</translation>
    </message>
    <message>
        <source>Pause here? You can resume later.</source>
        <translation>¿Hacer una pausa aquí? Puede continuar más tarde.</translation>
    </message>
    <message>
        <source>Yes, pause</source>
        <translation>Sí, hacer una pausa</translation>
    </message>
    <message>
        <source>Stop here? Nothing more will be asked, and there will be no score. What was answered is kept.</source>
        <translation>¿Detener aquí? No se preguntará nada más y no habrá puntuación. Lo que se respondió se conserva.</translation>
    </message>
    <message>
        <source>Yes, stop</source>
        <translation>Sí, detener</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Paused at question %1. Nothing is lost: resume it from the Screenings tab whenever %2 is ready.</source>
        <translation>En pausa en la pregunta %1. No se pierde nada: continúela desde la pestaña Evaluaciones cuando %2 esté en condiciones.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Stopped: %1 did not want to go on, and that is respected. What was answered is kept; there is no score.</source>
        <translation>Detenida: %1 no quiso continuar, y eso se respeta. Lo que se respondió se conserva; no hay puntuación.</translation>
    </message>
    <message>
        <source>Done — thank you</source>
        <translation>Terminada — gracias</translation>
    </message>
    <message>
        <source>Score: %1 of %2</source>
        <translation>Puntuación: %1 de %2</translation>
    </message>
    <message>
        <source>No score: %1</source>
        <translation>Sin puntuación: %1</translation>
    </message>
    <message>
        <source>Band: %1</source>
        <translation>Rango: %1</translation>
    </message>
    <message>
        <source>Since the baseline: %1</source>
        <translation>Desde la línea de base: %1</translation>
    </message>
    <message>
        <source>Safety task for today: %1</source>
        <translation>Tarea de seguridad para hoy: %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
</context>
<context>
    <name>ScreeningsTab</name>
    <message>
        <source>Screening</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Outcomes in words</source>
        <translation>Resultados en palabras</translation>
    </message>
    <message>
        <source>Outcomes over time</source>
        <translation>Resultados a lo largo del tiempo</translation>
    </message>
</context>
<context>
    <name>SealedFile</name>
    <message>
        <source>The export password needs at least %1 characters.</source>
        <translation>La contraseña de la exportación necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>This export was sealed by a newer Workbench; update to open it.</source>
        <translation>Esta exportación se protegió con una versión más nueva de Workbench; actualice para abrirla.</translation>
    </message>
    <message>
        <source>The file is not a sealed Workbench export, or it is damaged.</source>
        <translation>El archivo no es una exportación protegida de Workbench, o está dañado.</translation>
    </message>
    <message>
        <source>The export password does not open this file (or the file was changed). Check the password and try again.</source>
        <translation>La contraseña de la exportación no abre este archivo (o el archivo se modificó). Revise la contraseña e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>Recipient and purpose</source>
        <translation>Destinatario y propósito</translation>
    </message>
    <message>
        <source>Recipient&apos;s public key</source>
        <translation>Clave pública del destinatario</translation>
    </message>
    <message>
        <source>The recipient&apos;s org.pub</source>
        <translation>El org.pub del destinatario</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Claves públicas (*.pub)</translation>
    </message>
    <message>
        <source>Our organisation key</source>
        <translation>Clave de nuestra organización</translation>
    </message>
    <message>
        <source>Our org.key</source>
        <translation>Nuestro org.key</translation>
    </message>
    <message>
        <source>Organisation keys (*.key)</source>
        <translation>Claves de organización (*.key)</translation>
    </message>
    <message>
        <source>Passphrase of our key</source>
        <translation>Frase de contraseña de nuestra clave</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Archivo de transferencia</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>Guardar el archivo de transferencia como</translation>
    </message>
    <message>
        <source>Transfer bundles (*.wbx)</source>
        <translation>Archivos de transferencia (*.wbx)</translation>
    </message>
    <message>
        <source>What goes and what stays</source>
        <translation>Qué se envía y qué se queda</translation>
    </message>
    <message>
        <source>Goes / stays</source>
        <translation>Se envía / se queda</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Record or reason</source>
        <translation>Registro o motivo</translation>
    </message>
    <message>
        <source>&amp;Write the bundle</source>
        <translation>Escr&amp;ibir el archivo de transferencia</translation>
    </message>
    <message>
        <source>&amp;Their key (.pub)</source>
        <translation>Clave del &amp;destinatario (.pub)</translation>
    </message>
    <message>
        <source>Rec&amp;ipient</source>
        <translation>Des&amp;tinatario</translation>
    </message>
    <message>
        <source>&amp;Our key (.key)</source>
        <translation>&amp;Nuestra clave (.key)</translation>
    </message>
    <message>
        <source>Pass&amp;phrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Bundle file</source>
        <translation>&amp;Archivo de transferencia</translation>
    </message>
    <message>
        <source>Open a case first: a transfer sends the open case.</source>
        <translation>Primero abra un caso: una transferencia envía el caso abierto.</translation>
    </message>
    <message>
        <source>goes</source>
        <translation>se envía</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>se queda</translation>
    </message>
    <message>
        <source>A transfer goes only under the survivor&apos;s consent. A compelled release (subpoena, court order) is made as a packet, not here.</source>
        <translation>Una transferencia solo se hace con el consentimiento de la persona sobreviviente. Una divulgación obligatoria (citación, orden judicial) se hace como paquete, no aquí.</translation>
    </message>
    <message>
        <source>No active consent of this case lets anything go to a partner; record the survivor&apos;s consent first.</source>
        <translation>Ningún consentimiento vigente de este caso permite enviar algo a una agencia asociada; primero registre el consentimiento de la persona sobreviviente.</translation>
    </message>
    <message>
        <source>Choose the recipient, their key, our key and the bundle file.</source>
        <translation>Elija el destinatario, su clave, nuestra clave y el archivo de transferencia.</translation>
    </message>
    <message>
        <source>Encrypting and signing the bundle…</source>
        <translation>Cifrando y firmando el archivo de transferencia…</translation>
    </message>
</context>
<context>
    <name>ServiceMethod</name>
    <message>
        <source>Mail (in the state, for California)</source>
        <translation>Correo (dentro del estado, para California)</translation>
    </message>
    <message>
        <source>Mail to elsewhere in the U.S. (California, CCP 1013(a))</source>
        <translation>Correo a otro lugar de EE. UU. (California, CCP 1013(a))</translation>
    </message>
    <message>
        <source>Mail outside the U.S. (California, CCP 1013(a))</source>
        <translation>Correo fuera de EE. UU. (California, CCP 1013(a))</translation>
    </message>
    <message>
        <source>Electronic service</source>
        <translation>Notificación electrónica</translation>
    </message>
    <message>
        <source>Personal service</source>
        <translation>Notificación personal</translation>
    </message>
    <message>
        <source>Left with the clerk (FRCP 5(b)(2)(D))</source>
        <translation>Entregada a la secretaría (FRCP 5(b)(2)(D))</translation>
    </message>
    <message>
        <source>Other consented means (FRCP 5(b)(2)(F))</source>
        <translation>Otro medio consentido (FRCP 5(b)(2)(F))</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Every action of the menus, and the keys of the lists.</source>
        <translation>Todas las acciones de los menús y las teclas de las listas.</translation>
    </message>
    <message>
        <source>In lists</source>
        <translation>En las listas</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>There is no user with that name.</source>
        <translation>No hay ningún usuario con ese nombre.</translation>
    </message>
</context>
<context>
    <name>StaffProfileDialog</name>
    <message>
        <source>Staff profile</source>
        <translation>Perfil del personal</translation>
    </message>
    <message>
        <source>Full name (as printed)</source>
        <translation>Nombre completo (tal como se imprime)</translation>
    </message>
    <message>
        <source>Role title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Bar number or EOIR ID</source>
        <translation>Número de colegiatura (bar number) o ID de EOIR</translation>
    </message>
    <message>
        <source>Work address</source>
        <translation>Dirección de trabajo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Usuario: %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>e.g. Immigration attorney</source>
        <translation>p. ej., abogado(a) de inmigración</translation>
    </message>
    <message>
        <source>for Form EOIR-28 and G-28</source>
        <translation>para los formularios EOIR-28 y G-28</translation>
    </message>
    <message>
        <source>Printed on packets as “Prepared by” and in the representative block. Staff details only: never a survivor&apos;s.</source>
        <translation>Se imprime en los paquetes como “Preparado por” y en el bloque del representante. Solo datos del personal: nunca los de una persona sobreviviente.</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <source>Profile of %1 saved.</source>
        <translation>Perfil de %1 guardado.</translation>
    </message>
</context>
<context>
    <name>StoreAudit</name>
    <message>
        <source>a disclosure without consent needs a legal basis</source>
        <translation>una divulgación sin consentimiento necesita un fundamento legal</translation>
    </message>
</context>
<context>
    <name>StoreBase</name>
    <message>
        <source>The connection to the hub was lost; nothing of this change was written. Workbench reconnects: try again in a moment.</source>
        <translation>Se perdió la conexión con el centro; no se escribió nada de este cambio. Workbench se vuelve a conectar: inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>No hay ningún %1 con id %2.</translation>
    </message>
    <message>
        <source>version: must be the whole number the record was read with</source>
        <translation>version: debe ser el número entero con el que se leyó el registro</translation>
    </message>
</context>
<context>
    <name>StoreBookings</name>
    <message>
        <source>is longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>is required (the language to interpret, e.g. Spanish or es)</source>
        <translation>es obligatorio (el idioma que se interpreta, p. ej., Spanish o es)</translation>
    </message>
    <message>
        <source>is the event&apos;s own; give the event id</source>
        <translation>es propio del evento; indique el id del evento</translation>
    </message>
    <message>
        <source>a booking stays with its event; cancel it and book the other event</source>
        <translation>una reserva se queda con su evento; cancélela y reserve para el otro evento</translation>
    </message>
    <message>
        <source>is a deadline, task or milestone; book an interpreter for an appointment, hearing or case conference</source>
        <translation>es un plazo, una tarea o un hito; reserve un intérprete para una cita, una audiencia o una reunión de caso</translation>
    </message>
    <message>
        <source>is not a contact of this case (nor a shared one)</source>
        <translation>no es un contacto de este caso (ni uno compartido)</translation>
    </message>
    <message>
        <source>There is no interpreter booking with id %1.</source>
        <translation>No hay ninguna reserva de intérprete con id %1.</translation>
    </message>
</context>
<context>
    <name>StoreBulk</name>
    <message>
        <source>must be a list of answers</source>
        <translation>debe ser una lista de respuestas</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>%1 is not an item id, or is given twice</source>
        <translation>%1 no es un id de ítem, o está repetido</translation>
    </message>
    <message>
        <source>must be a whole number of points, or absent</source>
        <translation>debe ser un número entero de puntos, o faltar</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation>%1 no es uno de: %2</translation>
    </message>
    <message>
        <source>must not be before consent was given</source>
        <translation>no debe ser anterior a la fecha en que se dio el consentimiento</translation>
    </message>
    <message>
        <source>a %1 history holds one of: %2</source>
        <translation>un historial de %1 contiene uno de: %2</translation>
    </message>
    <message>
        <source>must not be before the date consent was granted</source>
        <translation>no debe ser anterior a la fecha en que se otorgó el consentimiento</translation>
    </message>
    <message>
        <source>an event needs a start time or a due date</source>
        <translation>un evento necesita una hora de inicio o una fecha límite</translation>
    </message>
    <message>
        <source>must be after the start</source>
        <translation>debe ser posterior al inicio</translation>
    </message>
</context>
<context>
    <name>StoreCare</name>
    <message>
        <source>not one of: %1</source>
        <translation>no es uno de: %1</translation>
    </message>
    <message>
        <source>is not a user name (letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;)</source>
        <translation>no es un nombre de usuario (letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;)</translation>
    </message>
    <message>
        <source>is not an e-mail address (name@example.org)</source>
        <translation>no es una dirección de correo electrónico (nombre@example.org)</translation>
    </message>
    <message>
        <source>a %1 referral can move to %2, not %3</source>
        <translation>una derivación %1 puede pasar a %2, no a %3</translation>
    </message>
    <message>
        <source>a contact cannot move to another case; add a new one</source>
        <translation>un contacto no puede pasar a otro caso; agregue uno nuevo</translation>
    </message>
    <message>
        <source>must be a StaffProfile record</source>
        <translation>debe ser un registro StaffProfile</translation>
    </message>
    <message>
        <source>this calendar already has a closure on that day</source>
        <translation>este calendario ya tiene un cierre ese día</translation>
    </message>
</context>
<context>
    <name>StoreCareRecords</name>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>must be an object with its fields</source>
        <translation>debe ser un objeto con sus campos</translation>
    </message>
    <message>
        <source>a score measure names its instrument (an id such as phq9; see workbench instruments)</source>
        <translation>una medida de puntuación nombra su instrumento (un id como phq9; vea workbench instruments)</translation>
    </message>
    <message>
        <source>a status measure names its scale: one of %1</source>
        <translation>una medida de estado nombra su escala: una de %1</translation>
    </message>
    <message>
        <source>a goal needs its measure before a baseline or a target</source>
        <translation>un objetivo necesita su medida antes de una línea de base o una meta</translation>
    </message>
    <message>
        <source>must be a score: a whole number of 0 or more</source>
        <translation>debe ser una puntuación: un número entero igual o mayor que 0</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>debe ser uno de: %1</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>debe ser sí o no</translation>
    </message>
    <message>
        <source>must be the survivor&apos;s ranking: a whole number from 1 (matters most)</source>
        <translation>debe ser la prioridad que da la persona sobreviviente: un número entero desde 1 (lo que más le importa)</translation>
    </message>
    <message>
        <source>is in the future: record housing as it is, or was</source>
        <translation>es una fecha futura: registre la vivienda como es, o como era</translation>
    </message>
    <message>
        <source>is in the future: record a risk level when it is assessed</source>
        <translation>es una fecha futura: registre un nivel de riesgo cuando se evalúe</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>No hay ningún %1 con id %2.</translation>
    </message>
    <message>
        <source>belongs to another case; link a record of this case</source>
        <translation>pertenece a otro caso; vincule un registro de este caso</translation>
    </message>
</context>
<context>
    <name>StoreCases</name>
    <message>
        <source>There is no case %1.</source>
        <translation>No existe el caso %1.</translation>
    </message>
    <message>
        <source>a safe address cannot move to another case; add a new one</source>
        <translation>una dirección segura no puede pasar a otro caso; agregue una nueva</translation>
    </message>
    <message>
        <source>There is no safe address with id %1.</source>
        <translation>No hay ninguna dirección segura con id %1.</translation>
    </message>
    <message>
        <source>There is no matter %1.</source>
        <translation>No existe el asunto %1.</translation>
    </message>
    <message>
        <source>ref: not a case reference (use the form C-0001)</source>
        <translation>ref: no es una referencia de caso (use la forma C-0001)</translation>
    </message>
</context>
<context>
    <name>StoreEvents</name>
    <message>
        <source>give the time zone name (e.g. America/New_York) for this start time</source>
        <translation>indique el nombre de la zona horaria (p. ej., America/New_York) para esta hora de inicio</translation>
    </message>
    <message>
        <source>an event needs a start time or a due date</source>
        <translation>un evento necesita una hora de inicio o una fecha límite</translation>
    </message>
    <message>
        <source>must be after the start</source>
        <translation>debe ser posterior al inicio</translation>
    </message>
    <message>
        <source>%1 is not a record of this case</source>
        <translation>%1 no es un registro de este caso</translation>
    </message>
</context>
<context>
    <name>StoreLedger</name>
    <message>
        <source>not one of: electronic, verbal, written</source>
        <translation>no es uno de: electronic, verbal, written</translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation>%1 no es uno de: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is larger than 100 MB</source>
        <translation>el archivo pesa más de 100 MB</translation>
    </message>
    <message>
        <source>the file is not a %1 file</source>
        <translation>el archivo no es un archivo %1</translation>
    </message>
    <message>
        <source>must not be before the date consent was granted</source>
        <translation>no debe ser anterior a la fecha en que se otorgó el consentimiento</translation>
    </message>
    <message>
        <source>this consent is already revoked</source>
        <translation>este consentimiento ya está revocado</translation>
    </message>
    <message>
        <source>use revoke_consent to revoke; a revocation cannot be undone</source>
        <translation>use revoke_consent para revocar; una revocación no se puede deshacer</translation>
    </message>
    <message>
        <source>a revoked consent cannot be changed (only its notes)</source>
        <translation>un consentimiento revocado no se puede cambiar (solo sus notas)</translation>
    </message>
    <message>
        <source>a disclosure was made under this consent; record a new consent instead of changing its terms</source>
        <translation>se hizo una divulgación con este consentimiento; registre un consentimiento nuevo en lugar de cambiar sus términos</translation>
    </message>
    <message>
        <source>the consent would expire before it was granted</source>
        <translation>el consentimiento vencería antes de haberse otorgado</translation>
    </message>
    <message>
        <source>consent_ids: %1 is not a consent of this case</source>
        <translation>consent_ids: %1 no es un consentimiento de este caso</translation>
    </message>
</context>
<context>
    <name>StoreLinks</name>
    <message>
        <source>must be %1</source>
        <translation>debe ser %1</translation>
    </message>
    <message>
        <source>is longer than 512 characters</source>
        <translation>tiene más de 512 caracteres</translation>
    </message>
    <message>
        <source>is longer than 128 characters</source>
        <translation>tiene más de 128 caracteres</translation>
    </message>
    <message>
        <source>must be the id of one of our records, or None</source>
        <translation>debe ser el id de uno de nuestros registros, o None</translation>
    </message>
    <message>
        <source>this %1 of %2 is linked already (link %3); update that link instead</source>
        <translation>este %1 de %2 ya está vinculado (vínculo %3); actualice ese vínculo en su lugar</translation>
    </message>
    <message>
        <source>a link changes only its record_id and digest</source>
        <translation>un vínculo solo cambia su record_id y su resumen (digest)</translation>
    </message>
</context>
<context>
    <name>StoreReportFacts</name>
    <message>
        <source>must not be before period_from</source>
        <translation>no debe ser anterior a period_from</translation>
    </message>
</context>
<context>
    <name>StoreReports</name>
    <message>
        <source>must be a month, YYYY-MM</source>
        <translation>debe ser un mes, AAAA-MM</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 5, or left out</source>
        <translation>debe ser un número entero del 1 al 5, o quedar vacío</translation>
    </message>
    <message>
        <source>must be one of: %1, or left out</source>
        <translation>debe ser uno de: %1, o quedar vacío</translation>
    </message>
    <message>
        <source>must be a language code such as es or pt-BR</source>
        <translation>debe ser un código de idioma como es o pt-BR</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>must be a whole number of 0 or more</source>
        <translation>debe ser un número entero igual o mayor que 0</translation>
    </message>
    <message>
        <source>feedback needs at least one answer</source>
        <translation>los comentarios necesitan al menos una respuesta</translation>
    </message>
    <message>
        <source>is not a report template id (see workbench report --templates)</source>
        <translation>no es un id de plantilla de informe (vea workbench report --templates)</translation>
    </message>
    <message>
        <source>must not be before period_from</source>
        <translation>no debe ser anterior a period_from</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>debe ser uno de: %1</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>debe ser 1 o más</translation>
    </message>
</context>
<context>
    <name>StoreScreenings</name>
    <message>
        <source>is longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>must be a whole number of the item&apos;s scale or one of %1</source>
        <translation>debe ser un número entero de la escala del ítem o uno de %1</translation>
    </message>
    <message>
        <source>consent to the assessment must be recorded before the first item is asked; record when the survivor agreed, or do not start</source>
        <translation>el consentimiento para la evaluación debe registrarse antes de hacer la primera pregunta; registre cuándo aceptó la persona sobreviviente, o no empiece</translation>
    </message>
    <message>
        <source>is in the future: consent is recorded when it is given</source>
        <translation>es una fecha futura: el consentimiento se registra cuando se da</translation>
    </message>
    <message>
        <source>must be after consent was given and not in the future</source>
        <translation>debe ser posterior al consentimiento y no futura</translation>
    </message>
    <message>
        <source>give at least one item id and its answer</source>
        <translation>indique al menos un id de ítem y su respuesta</translation>
    </message>
    <message>
        <source>%1 is not an item id</source>
        <translation>%1 no es un id de ítem</translation>
    </message>
    <message>
        <source>this screening is %1; %2</source>
        <translation>esta evaluación está %1; %2</translation>
    </message>
    <message>
        <source>must be a whole number or None</source>
        <translation>debe ser un número entero o None</translation>
    </message>
    <message>
        <source>say why there is no total</source>
        <translation>indique por qué no hay total</translation>
    </message>
    <message>
        <source>a %1 screening can move to %2, not %3</source>
        <translation>una evaluación %1 puede pasar a %2, no a %3</translation>
    </message>
    <message>
        <source>must be after the screening started and not in the future</source>
        <translation>debe ser posterior al inicio de la evaluación y no futura</translation>
    </message>
    <message>
        <source>There is no screening with id %1.</source>
        <translation>No hay ninguna evaluación con id %1.</translation>
    </message>
</context>
<context>
    <name>StoreTriggers</name>
    <message>
        <source>not one of: electronic, mail, personal</source>
        <translation>no es uno de: electronic, mail, personal</translation>
    </message>
    <message>
        <source>%1 is not a matter of this case</source>
        <translation>%1 no es un asunto de este caso</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Too short</source>
        <translation>Demasiado corta</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n character(s)</source>
        <translation>
            <numerusform>Demasiado corta: al menos %n carácter</numerusform>
            <numerusform>Demasiado corta: al menos %n caracteres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Suppression</name>
    <message>
        <source>no further value can be suppressed to protect it</source>
        <translation>no se puede suprimir ningún otro valor para protegerlo</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>No report template %1; the templates are: %2 (workbench report --templates).</source>
        <translation>No existe la plantilla de informe %1; las plantillas son: %2 (workbench report --templates).</translation>
    </message>
    <message>
        <source>The report&apos;s end date is before its start date.</source>
        <translation>La fecha de fin del informe es anterior a su fecha de inicio.</translation>
    </message>
    <message>
        <source>%1 is reported by %2: the start date must be the first day of a %2 (%3).</source>
        <translation>%1 se informa por %2: la fecha de inicio debe ser el primer día de un(a) %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is reported by %2: the end date must be the last day of a %2 (%3).</source>
        <translation>%1 se informa por %2: la fecha de fin debe ser el último día de un(a) %2 (%3).</translation>
    </message>
</context>
<context>
    <name>TimedEventDialog</name>
    <message>
        <source>this occurrence</source>
        <translation>esta ocurrencia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Starts (HH:MM)</source>
        <translation>Empieza (HH:MM)</translation>
    </message>
    <message>
        <source>Ends (HH:MM)</source>
        <translation>Termina (HH:MM)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Necesita intérprete</translation>
    </message>
    <message>
        <source>Interpreter booked</source>
        <translation>Intérprete reservado</translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation>Idioma del intérprete</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>set by its bookings (Dates → Interpreter…)</source>
        <translation>lo fijan sus reservas (Fechas → Intérprete…)</translation>
    </message>
    <message>
        <source>This event has interpreter bookings: it counts as booked while one of them is confirmed. Confirm, decline or cancel a booking under Dates → Interpreter…</source>
        <translation>Este evento tiene reservas de intérprete: cuenta como reservado mientras una de ellas está confirmada. Confirme, rechace o cancele una reserva en Fechas → Intérprete…</translation>
    </message>
    <message>
        <source>Unknown time zone: pick one from the list.</source>
        <translation>Zona horaria desconocida: elija una de la lista.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>El final debe ser posterior al inicio.</translation>
    </message>
    <message>
        <source>Tick &apos;Interpreter needed&apos; as well.</source>
        <translation>Marque también &apos;Necesita intérprete&apos;.</translation>
    </message>
    <message>
        <source>Which language is needed?</source>
        <translation>¿Qué idioma se necesita?</translation>
    </message>
</context>
<context>
    <name>TimelineAxis</name>
    <message>
        <source>Q%1 %2</source>
        <comment>a quarter: Q3 2026</comment>
        <translation>T%1 %2</translation>
    </message>
</context>
<context>
    <name>TimelineEntry</name>
    <message>
        <source>needed, not booked</source>
        <translation>necesario, no reservado</translation>
    </message>
    <message>
        <source>requested, not confirmed</source>
        <translation>solicitado, no confirmado</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>Status: </source>
        <translation>Estado: </translation>
    </message>
    <message>
        <source>Who acts: </source>
        <translation>Quién actúa: </translation>
    </message>
    <message>
        <source>Interpreter: </source>
        <translation>Intérprete: </translation>
    </message>
    <message>
        <source>Why this date — rule </source>
        <translation>Por qué esta fecha — regla </translation>
    </message>
    <message>
        <source>Changed by hand; the rule computed </source>
        <translation>Cambiada a mano; la regla calculó </translation>
    </message>
    <message>
        <source>Safe reading (earliest defensible): </source>
        <translation>Interpretación segura (la fecha defendible más temprana): </translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation>Notas: </translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Window (from–to)</source>
        <translation>Intervalo (desde–hasta)</translation>
    </message>
    <message>
        <source>Expected by (others act)</source>
        <translation>Esperado para (actúan otros)</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Conflict (joined in red)</source>
        <translation>Conflicto (unidos en rojo)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Details of the focused date</source>
        <translation>Detalles de la fecha seleccionada</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom level (days shown)</source>
        <translation>Nivel de zoom (días que se muestran)</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>◀ &amp;Previous deadline</source>
        <translation>◀ Plazo a&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Next deadline ▶</source>
        <translation>Plazo &amp;siguiente ▶</translation>
    </message>
    <message>
        <source>The deadline before the selected date (P in the timeline)</source>
        <translation>El plazo anterior a la fecha seleccionada (P en la cronología)</translation>
    </message>
    <message>
        <source>The deadline after the selected date, or the first from today (N in the timeline)</source>
        <translation>El plazo posterior a la fecha seleccionada, o el primero desde hoy (N en la cronología)</translation>
    </message>
    <message>
        <source>Add &amp;appointment…</source>
        <translation>Agregar ci&amp;ta…</translation>
    </message>
    <message>
        <source>Add &amp;hearing…</source>
        <translation>Agregar a&amp;udiencia…</translation>
    </message>
    <message>
        <source>Add &amp;deadline…</source>
        <translation>Agregar p&amp;lazo…</translation>
    </message>
    <message>
        <source>No earlier deadline.</source>
        <translation>No hay un plazo anterior.</translation>
    </message>
    <message>
        <source>No later deadline.</source>
        <translation>No hay un plazo posterior.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Left and Right arrows move between dates, Up and Down between lanes, Enter opens, plus and minus zoom, Ctrl+arrows pan, T jumps to today, N to the next deadline, P to the previous one.</source>
        <translation>Las flechas izquierda y derecha pasan de una fecha a otra, arriba y abajo de un carril a otro, Enter abre, más y menos cambian el zoom, Ctrl+flechas desplazan la vista, T salta a hoy, N al plazo siguiente, P al anterior.</translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translation>Hoy · %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>No dates on this timeline yet.</source>
        <translation>Todavía no hay fechas en esta cronología.</translation>
    </message>
</context>
<context>
    <name>Told</name>
    <message>
        <source>The folder %1 does not exist; choose another.</source>
        <translation>La carpeta %1 no existe; elija otra.</translation>
    </message>
    <message>
        <source>There are no screenings of this case to print.</source>
        <translation>No hay evaluaciones de este caso para imprimir.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Name the recipient (as the survivor&apos;s consent names them).</source>
        <translation>Indique el destinatario (como lo nombra el consentimiento de la persona sobreviviente).</translation>
    </message>
    <message>
        <source>The key %1 is %2&apos;s, not the recipient&apos;s the consent names: use the recipient&apos;s own org.pub (and compare its fingerprint with them by phone).</source>
        <translation>La clave %1 es de %2, no del destinatario que nombra el consentimiento: use el propio org.pub del destinatario (y compare su huella digital por teléfono).</translation>
    </message>
    <message>
        <source>The bundle&apos;s file name must end in %1 (got %2).</source>
        <translation>El nombre del archivo de transferencia debe terminar en %1 (se recibió %2).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it first.</source>
        <translation>La carpeta %1 no existe; créela primero.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name, or --force to replace it.</source>
        <translation>%1 ya existe; elija otro nombre, o use --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle not found: %1</source>
        <translation>No se encontró el archivo de transferencia: %1</translation>
    </message>
    <message>
        <source>%1 is a folder; name the .wbx file.</source>
        <translation>%1 es una carpeta; indique el archivo .wbx.</translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished">cambió</translation>
    </message>
</context>
<context>
    <name>TransferContent</name>
    <message>
        <source>The bundle&apos;s content is not JSON.</source>
        <translation>El contenido del archivo de transferencia no es JSON.</translation>
    </message>
    <message>
        <source>The bundle&apos;s content is not a Workbench transfer.</source>
        <translation>El contenido del archivo de transferencia no es una transferencia de Workbench.</translation>
    </message>
    <message>
        <source>The bundle&apos;s content is of version %1; this Workbench reads version %2.</source>
        <translation>El contenido del archivo de transferencia es de la versión %1; este Workbench lee la versión %2.</translation>
    </message>
    <message>
        <source>sender_case: must be the sender&apos;s case id and ref.</source>
        <translation>sender_case: debe ser el id y la ref del caso del remitente.</translation>
    </message>
    <message>
        <source>%1: is missing or of the wrong type.</source>
        <translation>%1: falta o es de un tipo incorrecto.</translation>
    </message>
</context>
<context>
    <name>TransferCrypto</name>
    <message>
        <source>Name the organisation (1 to 200 characters); it is shown to the agencies you exchange bundles with.</source>
        <translation>Indique el nombre de la organización (de 1 a 200 caracteres); se muestra a las agencias con las que intercambia archivos de transferencia.</translation>
    </message>
    <message>
        <source>The key&apos;s passphrase needs at least %1 characters; a few unrelated words work well.</source>
        <translation>La frase de contraseña de la clave necesita al menos %1 caracteres; unas cuantas palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it first.</source>
        <translation>La carpeta %1 no existe; créela primero.</translation>
    </message>
    <message>
        <source>%1 already exists; an organisation key is never replaced. Choose another folder.</source>
        <translation>%1 ya existe; una clave de organización nunca se reemplaza. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>%1 not found: %2</source>
        <translation>No se encontró %1: %2</translation>
    </message>
    <message>
        <source>%1 is a folder; name the %2.</source>
        <translation>%1 es una carpeta; indique el %2.</translation>
    </message>
    <message>
        <source>%1 is not %2 (not JSON).</source>
        <translation>%1 no es %2 (no es JSON).</translation>
    </message>
    <message>
        <source>%1 is not %2.</source>
        <translation>%1 no es %2.</translation>
    </message>
    <message>
        <source>%1 is %2 of another version (%3); this Workbench reads version %4.</source>
        <translation>%1 es %2 de otra versión (%3); este Workbench lee la versión %4.</translation>
    </message>
    <message>
        <source>%1 is damaged or was altered (its fingerprint does not match its keys); ask the organisation for its org.pub again.</source>
        <translation>%1 está dañado o fue alterado (su huella digital no coincide con sus claves); pida otra vez a la organización su org.pub.</translation>
    </message>
    <message>
        <source>%1 is damaged; restore it from your backup of the organisation key.</source>
        <translation>%1 está dañado; restáurelo desde su copia de seguridad de la clave de la organización.</translation>
    </message>
    <message>
        <source>That passphrase does not open the organisation key %1 (or the file was changed). Check it and try again.</source>
        <translation>Esa frase de contraseña no abre la clave de la organización %1 (o el archivo se modificó). Revísela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is damaged (its keys do not match).</source>
        <translation>%1 está dañado (sus claves no coinciden).</translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tampered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong_recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untrusted_sender</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Partner transfer</source>
        <translation>Transferencia a una agencia asociada</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>Reci&amp;bir</translation>
    </message>
    <message>
        <source>Organisation &amp;key</source>
        <translation>C&amp;lave de la organización</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Transfer message</source>
        <translation>Mensaje de la transferencia</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Wrote %1: %2 records (%3), encrypted to %4 (%5). Recorded as disclosure %6 in the case&apos;s log.</source>
        <translation>Se escribió %1: %2 registros (%3), cifrado para %4 (%5). Registrado como la divulgación %6 en el registro del caso.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>%1 case %2 from %3: %4 records added, %5 updated. The receipt is recorded; the same bundle will be refused if sent again.</source>
        <translation>%1 el caso %2 de %3: %4 registros agregados, %5 actualizados. El recibo quedó registrado; el mismo archivo de transferencia se rechazará si se envía otra vez.</translation>
    </message>
    <message>
        <source>Wrote %1 (private, keep a backup) and %2 (give it to partners). Fingerprint: %3</source>
        <translation>Se escribieron %1 (privada: guarde una copia de seguridad) y %2 (entréguela a las agencias asociadas). Huella digital: %3</translation>
    </message>
    <message>
        <source>That did not work (%1); nothing was written.</source>
        <translation>No funcionó (%1); no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>TriggerDialog</name>
    <message>
        <source>Trigger saved; its deadlines are on the timeline.</source>
        <translation>Hecho desencadenante guardado; sus plazos están en la cronología.</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Hecho desencadenante</translation>
    </message>
    <message>
        <source>Trigger event</source>
        <translation>Hecho desencadenante</translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation>Fecha del hecho</translation>
    </message>
    <message>
        <source>Time (HH:MM)</source>
        <translation>Hora (HH:MM)</translation>
    </message>
    <message>
        <source>e.g. 14:30 — this rule counts hours</source>
        <translation>p. ej., 14:30 — esta regla cuenta horas</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <source>The case&apos;s (%1)</source>
        <translation>El del caso (%1)</translation>
    </message>
    <message>
        <source>The rule&apos;s own forum</source>
        <translation>El foro propio de la regla</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Notificado por</translation>
    </message>
    <message>
        <source>(not served / not applicable)</source>
        <translation>(no notificado / no corresponde)</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Record it again</source>
        <translation>Registrarlo otra vez</translation>
    </message>
    <message>
        <source>A second event with the same rule, matter and date</source>
        <translation>Un segundo hecho con la misma regla, asunto y fecha</translation>
    </message>
    <message>
        <source>Computed dates</source>
        <translation>Fechas calculadas</translation>
    </message>
    <message>
        <source>Show the &amp;arithmetic</source>
        <translation>Mostrar el &amp;cálculo</translation>
    </message>
    <message>
        <source>Show the arithmetic</source>
        <translation>Mostrar el cálculo</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Paso a paso</translation>
    </message>
    <message>
        <source>Hide the &amp;arithmetic</source>
        <translation>Ocultar el &amp;cálculo</translation>
    </message>
    <message>
        <source>Date of %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Choose a trigger event first.</source>
        <translation>Primero elija un hecho desencadenante.</translation>
    </message>
    <message>
        <source>Cannot compute yet: </source>
        <translation>Todavía no se puede calcular: </translation>
    </message>
    <message>
        <source>Choose a trigger event.</source>
        <translation>Elija un hecho desencadenante.</translation>
    </message>
</context>
<context>
    <name>TriggerPlain</name>
    <message numerus="yes">
        <source>%n day(s) after %1</source>
        <translation>
            <numerusform>%n día contado desde %1</numerusform>
            <numerusform>%n días contados desde %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before %1</source>
        <translation>
            <numerusform>%n día contado hacia atrás desde %1</numerusform>
            <numerusform>%n días contados hacia atrás desde %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n court day(s) after %1</source>
        <translation>
            <numerusform>%n día hábil contado desde %1</numerusform>
            <numerusform>%n días hábiles contados desde %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n court day(s) before %1</source>
        <translation>
            <numerusform>%n día hábil contado hacia atrás desde %1</numerusform>
            <numerusform>%n días hábiles contados hacia atrás desde %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) after %1</source>
        <translation>
            <numerusform>%n hora contada desde %1</numerusform>
            <numerusform>%n horas contadas desde %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before %1</source>
        <translation>
            <numerusform>%n hora contada hacia atrás desde %1</numerusform>
            <numerusform>%n horas contadas hacia atrás desde %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) after %1</source>
        <translation>
            <numerusform>%n semana contada desde %1</numerusform>
            <numerusform>%n semanas contadas desde %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) before %1</source>
        <translation>
            <numerusform>%n semana contada hacia atrás desde %1</numerusform>
            <numerusform>%n semanas contadas hacia atrás desde %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) after %1</source>
        <translation>
            <numerusform>%n mes contado desde %1</numerusform>
            <numerusform>%n meses contados desde %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) before %1</source>
        <translation>
            <numerusform>%n mes contado hacia atrás desde %1</numerusform>
            <numerusform>%n meses contados hacia atrás desde %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) after %1</source>
        <translation>
            <numerusform>%n año contado desde %1</numerusform>
            <numerusform>%n años contados desde %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) before %1</source>
        <translation>
            <numerusform>%n año contado hacia atrás desde %1</numerusform>
            <numerusform>%n años contados hacia atrás desde %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be received by %2</source>
        <extracomment>the headline of each kind of computed date: &quot;%1 is due by %2&quot; (the rule, the day)</extracomment>
        <translation>%1: debe recibirse a más tardar el %2</translation>
    </message>
    <message>
        <source>%1 is due by %2</source>
        <translation>%1: a más tardar el %2</translation>
    </message>
    <message>
        <source>%1 opens on %2</source>
        <translation>%1: se abre el %2</translation>
    </message>
    <message>
        <source>%1 ends on %2</source>
        <translation>%1: termina el %2</translation>
    </message>
    <message>
        <source>%1 is expected by %2</source>
        <translation>%1: se espera a más tardar el %2</translation>
    </message>
    <message>
        <source>%1 is planned for %2</source>
        <translation>%1: fecha prevista, %2</translation>
    </message>
    <message>
        <source>%1 warning: %2</source>
        <translation>%1 — aviso: %2</translation>
    </message>
    <message>
        <source>%1 falls on %2</source>
        <translation>%1: cae el %2</translation>
    </message>
    <message>
        <source>the event</source>
        <translation>el hecho</translation>
    </message>
    <message>
        <source>no deadline is counted from %1</source>
        <translation>no se cuenta ningún plazo desde %1</translation>
    </message>
    <message>
        <source>the day of %1</source>
        <translation>el mismo día (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1, plus %n day(s) for service</source>
        <translation>
            <numerusform>%1, más %n día por la notificación</numerusform>
            <numerusform>%1, más %n días por la notificación</numerusform>
        </translation>
    </message>
    <message>
        <source>moved from %1 (%2) to the next business day</source>
        <translation>se trasladó del %1 (%2) al siguiente día hábil</translation>
    </message>
    <message>
        <source>moved from %1 (%2) to the previous business day</source>
        <translation>se trasladó del %1 (%2) al día hábil anterior</translation>
    </message>
    <message>
        <source>%1 does not extend it</source>
        <translation>%1 no lo extiende</translation>
    </message>
    <message>
        <source>%1 is counted as a working day</source>
        <translation>%1 se cuenta como día hábil</translation>
    </message>
    <message>
        <source>%1: no deadline is counted from %2.</source>
        <translation>%1: no se cuenta ningún plazo desde %2.</translation>
    </message>
    <message>
        <source>%1 (to be safe, treat %2 as the last day)</source>
        <translation>%1 (por seguridad, considere el %2 como el último día)</translation>
    </message>
    <message>
        <source>A clinical window: it never moves for weekends or holidays.</source>
        <translation>Un intervalo clínico: nunca se mueve por fines de semana ni feriados.</translation>
    </message>
    <message>
        <source>Deciding body: %1 — its calendar decides the last day.</source>
        <translation>Órgano de decisión: %1 — su calendario decide el último día.</translation>
    </message>
    <message>
        <source>This rule computes no date.</source>
        <translation>Esta regla no calcula ninguna fecha.</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Unlock the vault</source>
        <translation>Desbloquear la bóveda</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Demo information</source>
        <translation>Información de la demostración</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Mensaje de desbloqueo</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>Enter your user name and passphrase.</source>
        <translation>Escriba su nombre de usuario y su frase de contraseña.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation>Nombre de usuario o frase de contraseña incorrectos.</translation>
    </message>
    <message>
        <source>The vault could not be opened.</source>
        <translation>No se pudo abrir la bóveda.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong user name or passphrase. Try again in %n second(s).</source>
        <translation>
            <numerusform>Nombre de usuario o frase de contraseña incorrectos. Vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>Nombre de usuario o frase de contraseña incorrectos. Vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong user name or passphrase. You can try again now.</source>
        <translation>Nombre de usuario o frase de contraseña incorrectos. Ya puede volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>There is no user with that name.</source>
        <translation>No hay ningún usuario con ese nombre.</translation>
    </message>
    <message>
        <source>You are removing yourself: your passphrase will no longer open this vault, and this session ends when you lock.</source>
        <translation>Está quitando su propio usuario: su frase de contraseña ya no abrirá esta bóveda, y esta sesión termina cuando bloquee.</translation>
    </message>
    <message>
        <source>This is the last supervisor: nobody will be able to add or remove users afterwards except with the recovery code.</source>
        <translation>Es la última persona con el rol de supervisor: después nadie podrá agregar ni quitar usuarios, salvo con el código de recuperación.</translation>
    </message>
    <message>
        <source>%1 Confirm to go on (--yes).</source>
        <translation>%1 Confirme para continuar (--yes).</translation>
    </message>
    <message>
        <source>A local vault cannot change a user&apos;s role: remove the user and add them again with the new role.</source>
        <translation>Una bóveda local no puede cambiar el rol de un usuario: quite al usuario y agréguelo de nuevo con el nuevo rol.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message numerus="yes">
        <source>A passphrase needs at least %n character(s); a few unrelated words work well.</source>
        <translation>
            <numerusform>Una frase de contraseña necesita al menos %n carácter; unas cuantas palabras sin relación entre sí funcionan bien.</numerusform>
            <numerusform>Una frase de contraseña necesita al menos %n caracteres; unas cuantas palabras sin relación entre sí funcionan bien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Printed as</source>
        <translation>Se imprime como</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Agregar usuario…</translation>
    </message>
    <message>
        <source>&amp;Remove user…</source>
        <translation>&amp;Quitar usuario…</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation>&amp;Perfil…</translation>
    </message>
    <message>
        <source>&amp;Change my passphrase…</source>
        <translation>&amp;Cambiar mi frase de contraseña…</translation>
    </message>
    <message>
        <source>Removing a user</source>
        <translation>Quitar un usuario</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Users of this vault</source>
        <translation>Usuarios de esta bóveda</translation>
    </message>
    <message>
        <source>no profile yet</source>
        <translation>todavía sin perfil</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (usted)</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>Primero seleccione un usuario.</translation>
    </message>
    <message>
        <source>The vault is re-encrypted under a new key, which can take a moment.</source>
        <translation>La bóveda se vuelve a cifrar con una clave nueva, lo que puede tardar un momento.</translation>
    </message>
    <message>
        <source>Their passphrase will no longer open this vault.</source>
        <translation>La frase de contraseña de esa persona ya no abrirá esta bóveda.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Quitar usuario</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>¿Quitar a %1?</translation>
    </message>
    <message>
        <source>Removing %1 and re-encrypting the vault…</source>
        <translation>Quitando a %1 y volviendo a cifrar la bóveda…</translation>
    </message>
    <message>
        <source>Re-encrypting rows under the new keys… %v of %m</source>
        <translation>Volviendo a cifrar las filas con las claves nuevas… %v de %m</translation>
    </message>
    <message>
        <source>User %1 removed.</source>
        <translation>Usuario %1 quitado.</translation>
    </message>
    <message>
        <source>The user could not be removed (%1).</source>
        <translation>No se pudo quitar al usuario (%1).</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>There is no Workbench vault in that folder.</source>
        <translation>No hay ninguna bóveda de Workbench en esa carpeta.</translation>
    </message>
    <message>
        <source>This vault is a read-only copy of the hub %1 (pulled %2 UTC). Make changes on the hub itself (give the hub address where a command takes VAULT); to move a vault of your own into a hub, use &apos;workbench hub push VAULT ADDRESS&apos;.</source>
        <translation>Esta bóveda es una copia de solo lectura del centro %1 (copiada el %2 UTC). Haga los cambios en el propio centro (indique la dirección del centro donde un comando pide VAULT); para pasar una bóveda propia a un centro, use &apos;workbench hub push VAULT ADDRESS&apos;.</translation>
    </message>
</context>
<context>
    <name>VaultCore</name>
    <message>
        <source>A user name is 1 to 40 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Un nombre de usuario tiene de 1 a 40 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Unknown role; use one of: %1.</source>
        <translation>Rol desconocido; use uno de: %1.</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters; a few unrelated words work well.</source>
        <translation>Una frase de contraseña necesita al menos %1 caracteres; unas cuantas palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>La bóveda está bloqueada. Desbloquéela para continuar.</translation>
    </message>
    <message>
        <source>The vault is open read-only because it is damaged; restore it first.</source>
        <translation>La bóveda está abierta en solo lectura porque está dañada; restáurela primero.</translation>
    </message>
    <message>
        <source>A user with that name already exists.</source>
        <translation>Ya existe un usuario con ese nombre.</translation>
    </message>
    <message>
        <source>There is no user with that name.</source>
        <translation>No hay ningún usuario con ese nombre.</translation>
    </message>
    <message>
        <source>The last user cannot be removed; add another user first.</source>
        <translation>No se puede quitar al último usuario; primero agregue otro.</translation>
    </message>
</context>
<context>
    <name>VaultOps</name>
    <message>
        <source>That folder is not empty; choose a new folder for the vault.</source>
        <translation>Esa carpeta no está vacía; elija una carpeta nueva para la bóveda.</translation>
    </message>
    <message>
        <source>There is no user with that name.</source>
        <translation>No hay ningún usuario con ese nombre.</translation>
    </message>
</context>
<context>
    <name>VaultPickerView</name>
    <message>
        <source>Choose a vault</source>
        <translation>Elegir una bóveda</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>Bóvedas recientes</translation>
    </message>
    <message>
        <source>&amp;Open other vault…</source>
        <translation>A&amp;brir otra bóveda…</translation>
    </message>
    <message>
        <source>Open other vault</source>
        <translation>Abrir otra bóveda</translation>
    </message>
    <message>
        <source>&amp;Create new vault…</source>
        <translation>Crear una bóveda &amp;nueva…</translation>
    </message>
    <message>
        <source>Create new vault</source>
        <translation>Crear una bóveda nueva</translation>
    </message>
    <message>
        <source>Connect to a &amp;hub…</source>
        <translation>C&amp;onectarse a un centro…</translation>
    </message>
    <message>
        <source>Connect to a hub</source>
        <translation>Conectarse a un centro</translation>
    </message>
    <message>
        <source>Recent vaults (folders on this computer) and hubs:</source>
        <translation>Bóvedas recientes (carpetas en esta computadora) y centros:</translation>
    </message>
    <message>
        <source>Open vault folder</source>
        <translation>Abrir la carpeta de la bóveda</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Unknown role; use one of: %1.</source>
        <translation>Rol desconocido; use uno de: %1.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+letra subrayada</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>Ve&amp;r</translation>
    </message>
    <message>
        <source>He&amp;lp</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>&amp;Abrir bóveda…</translation>
    </message>
    <message>
        <source>Lock this vault and choose another</source>
        <translation>Bloquear esta bóveda y elegir otra</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Usuarios…</translation>
    </message>
    <message>
        <source>Users of the vault; change your passphrase</source>
        <translation>Usuarios de la bóveda; cambiar su frase de contraseña</translation>
    </message>
    <message>
        <source>Program &amp;dashboard…</source>
        <translation>&amp;Panel del programa…</translation>
    </message>
    <message>
        <source>Referrals, services and outcomes of the program, small counts suppressed</source>
        <translation>Derivaciones, servicios y resultados del programa, sin mostrar los números pequeños</translation>
    </message>
    <message>
        <source>Survivor &amp;feedback…</source>
        <translation>Co&amp;mentarios de sobrevivientes…</translation>
    </message>
    <message>
        <source>The anonymous feedback form, full screen, to hand to a survivor</source>
        <translation>El formulario anónimo de comentarios, en pantalla completa, para entregar a una persona sobreviviente</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>&amp;Exportar calendario…</translation>
    </message>
    <message>
        <source>Dates to an .ics file for Outlook or Google Calendar (generic titles by default)</source>
        <translation>Fechas a un archivo .ics para Outlook o Google Calendar (títulos genéricos de forma predeterminada)</translation>
    </message>
    <message>
        <source>Import from the &amp;EHR…</source>
        <translation>&amp;Importar del expediente clínico (EHR)…</translation>
    </message>
    <message>
        <source>Appointments from the clinic&apos;s EHR (a FHIR Bundle or NDJSON file)</source>
        <translation>Citas del expediente clínico (EHR) de la clínica (un Bundle FHIR o un archivo NDJSON)</translation>
    </message>
    <message>
        <source>Partner &amp;transfer…</source>
        <translation>&amp;Transferencia a una agencia asociada…</translation>
    </message>
    <message>
        <source>Send a case to a partner agency under consent, or receive one (encrypted, signed)</source>
        <translation>Enviar un caso a una agencia asociada con consentimiento, o recibir uno (cifrado y firmado)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Lock now (also after the idle time)</source>
        <translation>Bloquear ahora (también tras el tiempo de inactividad)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Lock and close the workbench</source>
        <translation>Bloquear y cerrar Workbench</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <source>Open the intake form</source>
        <translation>Abrir el formulario de admisión</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>&amp;Cerrar caso</translation>
    </message>
    <message>
        <source>Close the open case</source>
        <translation>Cerrar el caso abierto</translation>
    </message>
    <message>
        <source>&amp;Edit case…</source>
        <translation>&amp;Editar caso…</translation>
    </message>
    <message>
        <source>Change what the intake asked (name, language, safe contact, jurisdiction…)</source>
        <translation>Cambiar lo que se preguntó en la admisión (nombre, idioma, contacto seguro, jurisdicción…)</translation>
    </message>
    <message>
        <source>&amp;Safe addresses…</source>
        <translation>&amp;Direcciones seguras…</translation>
    </message>
    <message>
        <source>The address to print on each filing instead of a confidential one</source>
        <translation>La dirección que se imprime en cada trámite en lugar de una confidencial</translation>
    </message>
    <message>
        <source>C&amp;ontacts…</source>
        <translation>C&amp;ontactos…</translation>
    </message>
    <message>
        <source>Interpreters, certifying officials and other contacts of the case</source>
        <translation>Intérpretes, funcionarios certificadores y otros contactos del caso</translation>
    </message>
    <message>
        <source>Add &amp;appointment…</source>
        <translation>Agregar ci&amp;ta…</translation>
    </message>
    <message>
        <source>Add an appointment to the open case</source>
        <translation>Agregar una cita al caso abierto</translation>
    </message>
    <message>
        <source>Add &amp;hearing…</source>
        <translation>Agregar a&amp;udiencia…</translation>
    </message>
    <message>
        <source>Add a court hearing to the open case</source>
        <translation>Agregar una audiencia judicial al caso abierto</translation>
    </message>
    <message>
        <source>Add &amp;deadline…</source>
        <translation>Agregar p&amp;lazo…</translation>
    </message>
    <message>
        <source>Add a deadline to the open case</source>
        <translation>Agregar un plazo al caso abierto</translation>
    </message>
    <message>
        <source>Add &amp;matter…</source>
        <translation>Agregar a&amp;sunto…</translation>
    </message>
    <message>
        <source>Add a legal matter to the open case</source>
        <translation>Agregar un asunto legal al caso abierto</translation>
    </message>
    <message>
        <source>Add &amp;trigger…</source>
        <translation>Agregar &amp;hecho desencadenante…</translation>
    </message>
    <message>
        <source>Record a trigger event (its deadlines follow)</source>
        <translation>Registrar un hecho desencadenante (de él se calculan sus plazos)</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>Re&amp;gistrar consentimiento…</translation>
    </message>
    <message>
        <source>Record a consent to disclose</source>
        <translation>Registrar un consentimiento para divulgar</translation>
    </message>
    <message>
        <source>Attach doc&amp;ument…</source>
        <translation>Ad&amp;juntar documento…</translation>
    </message>
    <message>
        <source>Attach a PDF or image to the open case</source>
        <translation>Adjuntar un PDF o una imagen al caso abierto</translation>
    </message>
    <message>
        <source>New &amp;packet…</source>
        <translation>Nuevo &amp;paquete…</translation>
    </message>
    <message>
        <source>Build a consent-checked packet</source>
        <translation>Generar un paquete verificado según el consentimiento</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>Agregar o&amp;bjetivo…</translation>
    </message>
    <message>
        <source>Add a care-plan goal</source>
        <translation>Agregar un objetivo del plan de atención</translation>
    </message>
    <message>
        <source>Add re&amp;ferral…</source>
        <translation>Agregar de&amp;rivación…</translation>
    </message>
    <message>
        <source>Add a referral</source>
        <translation>Agregar una derivación</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Buscar caso</translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation>Buscar en la carga de casos</translation>
    </message>
    <message>
        <source>&amp;Wide caseload</source>
        <translation>Carga de casos a&amp;mplia</translation>
    </message>
    <message>
        <source>Every caseload column while a case is open</source>
        <translation>Todas las columnas de los casos mientras hay un caso abierto</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>Show or hide the agenda</source>
        <translation>Mostrar u ocultar la agenda</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>Go to the case&apos;s Overview</source>
        <translation>Ir al Resumen del caso</translation>
    </message>
    <message>
        <source>&amp;Timeline &amp;&amp; dates</source>
        <translation>&amp;Cronología &amp;&amp; fechas</translation>
    </message>
    <message>
        <source>Go to Timeline and Dates</source>
        <translation>Ir a Cronología y Fechas</translation>
    </message>
    <message>
        <source>&amp;Legal</source>
        <translation>&amp;Legal</translation>
    </message>
    <message>
        <source>Go to matters and triggers</source>
        <translation>Ir a asuntos y hechos desencadenantes</translation>
    </message>
    <message>
        <source>&amp;Consent &amp;&amp; documents</source>
        <translation>Co&amp;nsentimiento &amp;&amp; documentos</translation>
    </message>
    <message>
        <source>Go to consent, documents, packets and disclosures</source>
        <translation>Ir a consentimiento, documentos, paquetes y divulgaciones</translation>
    </message>
    <message>
        <source>Ca&amp;re &amp;&amp; referrals</source>
        <translation>A&amp;tención &amp;&amp; derivaciones</translation>
    </message>
    <message>
        <source>Go to the care plan</source>
        <translation>Ir al plan de atención</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>A&amp;uditoría</translation>
    </message>
    <message>
        <source>Go to the audit trail</source>
        <translation>Ir al registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Atajos de teclado…</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <source>Open the selected case (caseload) or item (agenda, dates)</source>
        <extracomment>keys handled inside a widget rather than by a menu action (listed, never bound here)</extracomment>
        <translation>Abrir el caso seleccionado (carga de casos) o el elemento seleccionado (agenda, fechas)</translation>
    </message>
    <message>
        <source>From the caseload search into the list</source>
        <translation>De la búsqueda de casos a la lista</translation>
    </message>
    <message>
        <source>Press that button</source>
        <translation>Pulsar ese botón</translation>
    </message>
    <message>
        <source>Main actions</source>
        <extracomment>the actions that show the case&apos;s page groups (case_workspace.GROUPS), in order</extracomment>
        <translation>Acciones principales</translation>
    </message>
</context>
<context>
    <name>WorkArea</name>
    <message>
        <source>Select a case and press Enter to open it.</source>
        <extracomment>what the caseload shows (next date, overdue, events, open conflicts) is built from these width of the compact caseload (name and next date) beside an open case window action key -&gt; (module, dialog class) of the interop dialogs; each dialog takes ``(session, parent, case_id=...)`` and is imported only when it is opened</extracomment>
        <translation>Seleccione un caso y pulse Enter para abrirlo.</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Descartar el aviso</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Usuarios…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Loading the caseload…</source>
        <translation>Cargando los casos…</translation>
    </message>
    <message>
        <source>Loading the caseload</source>
        <translation>Cargando los casos</translation>
    </message>
    <message>
        <source>The caseload could not be read.</source>
        <translation>No se pudieron leer los casos.</translation>
    </message>
    <message>
        <source>Case opened.</source>
        <translation>Caso abierto.</translation>
    </message>
</context>
<context>
    <name>_ConferenceList</name>
    <message>
        <source>Case conferences</source>
        <translation>Reuniones de caso</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Celebrada el</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>Persona sobreviviente</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>&amp;Record conference…</source>
        <translation>Re&amp;gistrar reunión…</translation>
    </message>
    <message>
        <source>Read only. %1</source>
        <translation>Solo lectura. %1</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
</context>
<context>
    <name>_Confirm</name>
    <message>
        <source>Keep going</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>_ConsentLine</name>
    <message>
        <source>Consent check</source>
        <translation>Verificación del consentimiento</translation>
    </message>
    <message>
        <source>The survivor&apos;s consent of %1 for %2 covers %3: making it may share data.</source>
        <translation>El consentimiento de la persona sobreviviente del %1 para %2 cubre %3: hacer la derivación puede compartir datos.</translation>
    </message>
</context>
<context>
    <name>_Goals</name>
    <message>
        <source>Care-plan goals</source>
        <translation>Objetivos del plan de atención</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>Agregar &amp;objetivo…</translation>
    </message>
    <message>
        <source>&amp;Edit goal…</source>
        <translation>&amp;Editar objetivo…</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Cambiar e&amp;stado…</translation>
    </message>
    <message>
        <source>Add &amp;milestones…</source>
        <translation>Agregar h&amp;itos…</translation>
    </message>
    <message>
        <source>Select a goal first.</source>
        <translation>Primero seleccione un objetivo.</translation>
    </message>
    <message>
        <source>Select a goal with a milestone that is not done yet.</source>
        <translation>Seleccione un objetivo con un hito que todavía no esté hecho.</translation>
    </message>
    <message>
        <source>Milestone marked done.</source>
        <translation>Hito marcado como hecho.</translation>
    </message>
</context>
<context>
    <name>_Levels</name>
    <message>
        <source>Housing stability and safety over time</source>
        <translation>Estabilidad de vivienda y seguridad a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Record h&amp;ousing…</source>
        <translation>Registrar &amp;vivienda…</translation>
    </message>
    <message>
        <source>Record housing</source>
        <translation>Registrar vivienda</translation>
    </message>
    <message>
        <source>Housing and safety in words</source>
        <translation>Vivienda y seguridad en palabras</translation>
    </message>
</context>
<context>
    <name>_PassphraseForm</name>
    <message>
        <source>Strength</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmar la frase de contraseña</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>_Referrals</name>
    <message>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Survivor&apos;s choice</source>
        <translation>Decisión de la persona sobreviviente</translation>
    </message>
    <message>
        <source>Shares data</source>
        <translation>Comparte datos</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Add &amp;referral…</source>
        <translation>Agregar &amp;derivación…</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>Cambiar es&amp;tado…</translation>
    </message>
    <message>
        <source>Record c&amp;hoice…</source>
        <translation>Registrar decisió&amp;n…</translation>
    </message>
    <message>
        <source>Referral history</source>
        <translation>Historial de la derivación</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes, consent #%1</source>
        <translation>Sí, consentimiento n.º %1</translation>
    </message>
    <message>
        <source>Yes (needs consent)</source>
        <translation>Sí (necesita consentimiento)</translation>
    </message>
    <message>
        <source>Select a referral first.</source>
        <translation>Primero seleccione una derivación.</translation>
    </message>
    <message>
        <source>History: </source>
        <translation>Historial: </translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 por %2 el %3</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Remove this %1</source>
        <translation>Quitar este elemento (%1)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>_ScreeningList</name>
    <message>
        <source>Screenings</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Score or reason</source>
        <translation>Puntuación o motivo</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>&amp;Start screening…</source>
        <translation>Co&amp;menzar evaluación…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Reanu&amp;dar</translation>
    </message>
    <message>
        <source>Print what they have &amp;told us…</source>
        <translation>&amp;Imprimir lo que nos ha contado…</translation>
    </message>
    <message>
        <source>Folder for the survivor&apos;s own copy</source>
        <translation>Carpeta para la copia propia de la persona sobreviviente</translation>
    </message>
    <message>
        <source>Written to %1. A disclosure to the survivor (their own copy) was logged.</source>
        <translation>Escrito en %1. Se registró una divulgación a la persona sobreviviente (su propia copia).</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impreso</translation>
    </message>
</context>
</TS>
