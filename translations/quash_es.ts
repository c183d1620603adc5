<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddFromRuleDialog</name>
    <message>
        <location filename="../gui/editors/deadline_dialogs.py" line="+293"/>
        <source>Add a deadline from a rule — {0}</source>
        <translation>Agregar un plazo según una regla — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save deadline</source>
        <translation>&amp;Guardar plazo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date counted from</source>
        <translation>Fecha desde la que se cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count back (days before an event)</source>
        <translation>Contar hacia atrás (días antes de un hecho)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count court days only</source>
        <translation>Contar solo días hábiles judiciales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the paper was served</source>
        <translation>Cómo se notificó el escrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>No corresponde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Rule:</source>
        <translation>&amp;Regla:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Su&amp;bpoena:</source>
        <translation>C&amp;itación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+88"/>
        <source>Counted &amp;from:</source>
        <translation>Contado &amp;desde:</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ser&amp;ved by:</source>
        <translation>&amp;Notificado por:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mpliance date:</source>
        <translation>Fecha de cu&amp;mplimiento:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;alendar:</source>
        <translation>C&amp;alendario:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Res&amp;ponsible:</source>
        <translation>Responsa&amp;ble:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the date is counted</source>
        <translation>Cómo se cuenta la fecha</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{0}. Counted from {1}.</source>
        <translation>{0}. Se cuenta desde {1}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Date of {0}</source>
        <translation>Fecha de {0}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Compliance date</source>
        <translation>Fecha de cumplimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date counted from</source>
        <translation>La fecha desde la que se cuenta</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Type the date of {0} to see the date.</source>
        <translation>Escriba la fecha de {0} para ver el vencimiento.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also creates: {0}</source>
        <translation>También crea: {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No date yet</source>
        <translation>Aún sin fecha</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../gui/pages/people_dialogs.py" line="+54"/>
        <source>Add a person</source>
        <translation>Agregar una persona</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They unlock the vault with a passphrase of their own, and the audit log names them for what they do. Choose it with them, or tell it to them in person; they can change it in Settings → People. A name already on the list without a key gets one.</source>
        <translation>Desbloqueará la bóveda con una frase de contraseña propia, y el registro de auditoría la nombrará por lo que haga. Elíjala con esa persona, o comuníquesela en persona; podrá cambiarla en Configuración → Personas. Un nombre que ya está en la lista sin clave recibe una.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>their passphrase</source>
        <translation>su frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the person&apos;s name.</source>
        <translation>Escriba el nombre de la persona.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Making {0}&apos;s key…</source>
        <translation>Creando la clave de {0}…</translation>
    </message>
</context>
<context>
    <name>Amounts</name>
    <message numerus="yes">
        <location filename="../gui/amounts.py" line="+24"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n cuenta</numerusform>
            <numerusform>%n cuentas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n matter(s)</source>
        <translation>
            <numerusform>%n asunto</numerusform>
            <numerusform>%n asuntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n subpoena(s)</source>
        <translation>
            <numerusform>%n citación</numerusform>
            <numerusform>%n citaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>%n plazo</numerusform>
            <numerusform>%n plazos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n docket event(s)</source>
        <translation>
            <numerusform>%n actuación</numerusform>
            <numerusform>%n actuaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n miembro del personal</numerusform>
            <numerusform>%n miembros del personal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n closure day(s)</source>
        <translation>
            <numerusform>%n día de cierre</numerusform>
            <numerusform>%n días de cierre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n audit log entr(y|ies)</source>
        <translation>
            <numerusform>%n entrada de auditoría</numerusform>
            <numerusform>%n entradas de auditoría</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../gui/pages/audit_page.py" line="+73"/>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last audit entry</source>
        <translation>Última entrada de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older backups removed</source>
        <translation>Copias anteriores borradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made</source>
        <translation>Copia hecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema upgraded from</source>
        <translation>Esquema actualizado desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log as the backup recorded</source>
        <translation>Registro de auditoría tal como lo anotó la copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced a vault</source>
        <translation>Reemplazó una bóveda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Actuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remembered on this computer</source>
        <translation>Recordada en esta computadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office name given</source>
        <translation>Nombre de la oficina indicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo vault</source>
        <translation>Bóveda de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made-up records</source>
        <translation>Registros inventados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed values included</source>
        <translation>Datos bajo sello incluidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal names shown</source>
        <translation>Nombres legales mostrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients whose names were shown</source>
        <translation>Clientes cuyos nombres se mostraron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue included</source>
        <translation>Vencidos incluidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grouped by</source>
        <translation>Agrupado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office name</source>
        <translation>Nombre de la oficina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default court calendar</source>
        <translation>Calendario judicial predeterminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after minutes idle</source>
        <translation>Bloquear tras minutos de inactividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last verified backup</source>
        <translation>Última copia verificada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(sealed)</source>
        <translation>(bajo sello)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created and verified</source>
        <translation>creada y verificada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored from a backup</source>
        <translation>restaurada desde una copia</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Entry {0}
{1}</source>
        <translation>Entrada {0}
{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry {0}, recorded {1} (UTC)</source>
        <translation>Entrada {0}, registrada {1} (UTC)</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <location line="+146"/>
        <source>%n entr(y|ies)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+2"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every change, reveal and export, newest first. Each entry is chained to the one before it, so an edited or deleted entry shows up when the history is verified. Sealed values are never written here.</source>
        <translation>Cada cambio, revelación y exportación, de la más reciente a la más antigua. Cada entrada está encadenada a la anterior, así que una entrada editada o borrada se detecta al verificar el historial. Los datos bajo sello nunca se escriben aquí.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show entries for action</source>
        <translation>Mostrar entradas de la acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+94"/>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the audit log</source>
        <translation>Recargar el registro de auditoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify history</source>
        <translation>&amp;Verificar historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify that no audit entry was edited, removed or reordered</source>
        <translation>Verificar que ninguna entrada de auditoría se editó, borró o reordenó</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verification result</source>
        <translation>Resultado de la verificación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audit entries, newest first</source>
        <translation>Entradas de auditoría, la más reciente primero</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Checking every entry of the history…</source>
        <translation>Comprobando cada entrada del historial…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History intact: {0}.</source>
        <translation>Historial íntegro: {0}.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>History NOT intact: %n problem(s) in {0}.</source>
        <translation>
            <numerusform>Historial NO íntegro: %n problema en {0}.</numerusform>
            <numerusform>Historial NO íntegro: %n problemas en {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The history could not be checked: {0}</source>
        <translation>No se pudo comprobar el historial: {0}</translation>
    </message>
</context>
<context>
    <name>BackupFilePage</name>
    <message>
        <location filename="../gui/wizard/backup_source.py" line="+45"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the backup file, on the office&apos;s USB stick or in a folder: its name looks like backup-2025-11-20-1402.quashbackup. Its passphrase comes next.</source>
        <translation>Elija el archivo de la copia de seguridad, en la memoria USB de la oficina o en una carpeta: su nombre es parecido a backup-2025-11-20-1402.quashbackup. A continuación se le pedirá su frase de contraseña.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup file</source>
        <translation>Archivo de la copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for the backup file</source>
        <translation>Buscar el archivo de la copia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup &amp;file:</source>
        <translation>Archivo de la &amp;copia:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the backup says about itself</source>
        <translation>Lo que la copia dice de sí misma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem with the backup file</source>
        <translation>Problema con el archivo de la copia</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Made {0} by Quash {1}; {2}. Whose it is and what it holds are sealed inside: they show once its passphrase opens it.</source>
        <translation>Hecha el {0} por Quash {1}; {2}. De quién es y qué contiene está sellado en su interior: se muestra cuando su frase de contraseña la abre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}, made {1} by Quash {2}: {3}; {4}.</source>
        <translation>{0}, hecha el {1} por Quash {2}: {3}; {4}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no office name)</source>
        <translation>(sin nombre de oficina)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no records</source>
        <translation>sin registros</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the backup file</source>
        <translation>Elegir el archivo de la copia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quash backups (*{0});;All files (*)</source>
        <translation>Copias de Quash (*{0});;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the file&apos;s full path, or choose it with Browse…</source>
        <translation>Escriba la ruta completa del archivo, o elíjalo con Examinar…</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../gui/pages/backup_dialogs.py" line="+67"/>
        <source>The passphrase is too short: use at least {0} characters (a few unrelated words work well).</source>
        <translation>La frase de contraseña es demasiado corta: use al menos {0} caracteres (unas palabras sin relación funcionan bien).</translation>
    </message>
    <message>
        <location filename="../gui/pages/backup_page.py" line="+60"/>
        <source>&lt;h2&gt;Backup&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Copia de seguridad&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An encrypted copy of the whole case file, for a USB stick or any folder. Each backup is read back and checked before it gets its name. Keep the backup passphrase apart from the stick: without it nobody, not even you, can restore it.</source>
        <translation>Una copia cifrada de todo el archivo de casos, para una memoria USB o cualquier carpeta. Cada copia se vuelve a leer y se comprueba antes de recibir su nombre. Guarde la frase de contraseña de la copia lejos de la memoria: sin ella nadie, ni siquiera usted, puede restaurarla.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Make a backup</source>
        <translation>Hacer una copia de seguridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to write the backup</source>
        <translation>Dónde escribir la copia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look again for plugged-in drives</source>
        <translation>Buscar de nuevo unidades conectadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where:</source>
        <translation>Dónde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least 10 characters; a few unrelated words</source>
        <translation>al menos 10 caracteres; unas palabras sin relación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same again</source>
        <translation>la misma otra vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup passphrase again</source>
        <translation>Frase de contraseña de la copia, otra vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup passphrase:</source>
        <translation>Frase de contraseña de la copia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again:</source>
        <translation>Otra vez:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep only the newest</source>
        <translation>Conservar solo las</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many backups to keep</source>
        <translation>Cuántas copias conservar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>backups of this vault there; delete older ones</source>
        <translation>copias más recientes de esta bóveda allí; borrar las anteriores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create backup</source>
        <translation>Crear copia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Check or restore a backup</source>
        <translation>Comprobar o restaurar una copia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verify reads a backup file through and checks every byte and the database inside. Restore makes a new vault from a backup, with a new passphrase and a new recovery key; the vault open now is not touched.</source>
        <translation>Verificar lee un archivo de copia completo y comprueba cada byte y la base de datos que contiene. Restaurar crea una bóveda nueva a partir de una copia, con una nueva frase de contraseña y una nueva clave de recuperación; la bóveda abierta ahora no se toca.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verify a file…</source>
        <translation>Verificar un archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No verified backup yet. Make one now and keep the stick in a safe place.</source>
        <translation>Aún no hay una copia verificada. Haga una ahora y guarde la memoria en un lugar seguro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last backup&apos;s date is unreadable.</source>
        <translation>No se puede leer la fecha de la última copia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last verified backup: {0} ({1})</source>
        <translation>Última copia verificada: {0} ({1})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>. Time for a new one.</source>
        <translation>. Es hora de hacer otra.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No removable drive found: plug in a stick, or choose a folder</source>
        <translation>No se encontró ninguna unidad extraíble: conecte una memoria o elija una carpeta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder {0} — {1} free</source>
        <translation>Carpeta {0} — {1} libres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder {0}</source>
        <translation>Carpeta {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back up to which folder?</source>
        <translation>¿En qué carpeta hacer la copia?</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose where to write the backup: a stick or a folder.</source>
        <translation>Elija dónde escribir la copia: una memoria o una carpeta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Las dos frases de contraseña no coinciden; escriba la misma dos veces.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Canceled. No backup was written.</source>
        <translation>Cancelado. No se escribió ninguna copia.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Backup written and verified: {0} ({1}).</source>
        <translation>Copia escrita y verificada: {0} ({1}).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Removed %n older backup(s) of this vault.</source>
        <translation>
            <numerusform>Se borró %n copia anterior de esta bóveda.</numerusform>
            <numerusform>Se borraron %n copias anteriores de esta bóveda.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a backup</source>
        <translation>Elegir una copia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quash backups (*{0});;All files (*)</source>
        <translation>Copias de Quash (*{0});;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>BackupPassphrasePage</name>
    <message>
        <location filename="../gui/wizard/backup_source.py" line="+12"/>
        <source>The backup&apos;s passphrase</source>
        <translation>La frase de contraseña de la copia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase the backup was made with; it may differ from the vault&apos;s. Quash checks it before going on.</source>
        <translation>La frase de contraseña con que se hizo la copia; puede ser distinta de la de la bóveda. Quash la comprueba antes de continuar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which backup</source>
        <translation>Qué copia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem with the backup passphrase</source>
        <translation>Problema con la frase de contraseña de la copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the passphrase against the backup…</source>
        <translation>Comprobando la frase de contraseña con la copia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the backup passphrase</source>
        <translation>Comprobando la frase de contraseña de la copia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña de la copia:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Backup: {0}, made {1}</source>
        <translation>Copia: {0}, hecha el {1}</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../gui/pages/calendar_page.py" line="+75"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month of deadlines</source>
        <translation>Mes de plazos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days with open deadlines are bold; arrow keys move between days.</source>
        <translation>Los días con plazos abiertos están en negrita; las flechas se mueven entre días.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to today</source>
        <translation>Ir a hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole &amp;month</source>
        <translation>Mostrar el &amp;mes completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the agenda for the whole month</source>
        <translation>Mostrar la agenda del mes completo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message numerus="yes">
        <location line="+166"/>
        <source>%n open deadline(s):</source>
        <translation>
            <numerusform>%n plazo abierto:</numerusform>
            <numerusform>%n plazos abiertos:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} (today)</source>
        <translation>{0} (hoy)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bold days have open deadlines; red ones are overdue. Today ({0}) is underlined.</source>
        <translation>Los días en negrita tienen plazos abiertos; los rojos están vencidos. Hoy ({0}) está subrayado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open deadlines in {0} ({1})</source>
        <translation>Plazos abiertos en {0} ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing due in {0}.</source>
        <translation>Nada vence en {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open deadlines on {0}, {1} ({2})</source>
        <translation>Plazos abiertos el {0}, {1} ({2})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing due on {0}.</source>
        <translation>Nada vence el {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (only the first {0} of the month are shown)</source>
        <translation> (solo se muestran los primeros {0} del mes)</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../gui/widgets.py" line="+118"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../gui/pages/people_dialogs.py" line="+49"/>
        <source>Change my passphrase</source>
        <translation>Cambiar mi frase de contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your new passphrase opens the vault for you from now on. The vault is put under a new data key: your old passphrase, and old copies of the key file, open nothing written afterwards. Nobody else&apos;s passphrase changes, and the recovery key stays the same.</source>
        <translation>Su nueva frase de contraseña abre la bóveda para usted desde ahora. La bóveda pasa a una nueva clave de datos: su frase de contraseña anterior y las copias antiguas del archivo de claves no abren nada de lo que se escriba después. La frase de contraseña de las demás personas no cambia, y la clave de recuperación sigue siendo la misma.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the one you unlocked with</source>
        <translation>la que usó para desbloquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase de contraseña ac&amp;tual:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Cambiar frase de contraseña</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type the passphrase you unlocked with.</source>
        <translation>Escriba la frase de contraseña con la que desbloqueó.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Putting the vault under a new data key and your new passphrase…</source>
        <translation>Pasando la bóveda a una nueva clave de datos y a su nueva frase de contraseña…</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location line="-85"/>
        <source>Change a role</source>
        <translation>Cambiar un rol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What {0} may do follows from their role, from their next action on. Only an admin adds or removes people, changes roles or manages the vault&apos;s keys.</source>
        <translation>Lo que {0} puede hacer depende de su rol, a partir de su próxima acción. Solo un/a administrador/a agrega o quita personas, cambia roles o administra las claves de la bóveda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change role</source>
        <translation>&amp;Cambiar rol</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../gui/wizard/first_run.py" line="+74"/>
        <source>Welcome to Quash</source>
        <translation>Bienvenido a Quash</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quash keeps an office&apos;s case files in an encrypted vault: one folder that nobody can read without its passphrase.</source>
        <translation>Quash guarda los expedientes de una oficina en una bóveda cifrada: una carpeta que nadie puede leer sin su frase de contraseña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Create a new vault</source>
        <translation>&amp;Crear una bóveda nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open an existing vault…</source>
        <translation>&amp;Abrir una bóveda existente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore a backup</source>
        <translation>&amp;Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo vault</source>
        <translation>Abrir la bóveda de &amp;demostración</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create a new vault</source>
        <translation>Crear una bóveda nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a new office, or a new set of case files.</source>
        <translation>Para una oficina nueva o un nuevo conjunto de expedientes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open an existing vault</source>
        <translation>Abrir una bóveda existente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder of a vault made before, on this computer or a stick.</source>
        <translation>Elija la carpeta de una bóveda creada antes, en esta computadora o en una memoria.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a new or replacement computer, from the office&apos;s backup file.</source>
        <translation>En una computadora nueva o de reemplazo, a partir del archivo de copia de seguridad de la oficina.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the demo vault</source>
        <translation>Abrir la bóveda de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public unmasking cases and fictional clients, to try Quash out.</source>
        <translation>Casos públicos de desenmascaramiento y clientes ficticios, para probar Quash.</translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <location filename="../gui/editors/client_editor.py" line="+63"/>
        <source>{0} (sealed)</source>
        <translation>{0} (bajo sello)</translation>
    </message>
</context>
<context>
    <name>ClosuresModel</name>
    <message>
        <location filename="../gui/pages/settings_page.py" line="+71"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every court</source>
        <translation>Todos los tribunales</translation>
    </message>
</context>
<context>
    <name>ConflictWords</name>
    <message>
        <location filename="../gui/editors/conflicts.py" line="+49"/>
        <source>Same as the pseudonym of client &apos;{0}&apos;</source>
        <translation>Igual que el seudónimo del cliente &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Similar to the pseudonym of client &apos;{0}&apos;</source>
        <translation>Parecido al seudónimo del cliente &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as the sealed legal name of client &apos;{0}&apos;</source>
        <translation>Igual que el nombre legal bajo sello del cliente &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Similar to the sealed legal name of client &apos;{0}&apos;</source>
        <translation>Parecido al nombre legal bajo sello del cliente &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {0} account &apos;{1}&apos; is already targeted by a subpoena</source>
        <translation>La cuenta de {0} &apos;{1}&apos; ya es objeto de una citación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same handle as the {0} account &apos;{1}&apos;, which no client holds yet</source>
        <translation>Mismo usuario que la cuenta de {0} &apos;{1}&apos;, que aún no tiene ningún cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same address as the {0} account &apos;{1}&apos;, which no client holds yet</source>
        <translation>Misma dirección web que la cuenta de {0} &apos;{1}&apos;, que aún no tiene ningún cliente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same handle as client &apos;{0}&apos;</source>
        <translation>Mismo usuario que el cliente &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same address as client &apos;{0}&apos;</source>
        <translation>Misma dirección web que el cliente &apos;{0}&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} (matter: {1})</source>
        <translation>{0} (asunto: {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} (matters: {1})</source>
        <translation>{0} (asuntos: {1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts found in {0} and {1}.</source>
        <translation>No se encontraron conflictos en {0} y {1}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Possible conflicts: this may already be in the vault.</source>
        <translation>Posibles conflictos: esto puede estar ya en la bóveda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible conflict</source>
        <translation>Posible conflicto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This may already be in the vault:

{0}

The editor lists what the check found. Save anyway, or go back and look first?</source>
        <translation>Esto puede estar ya en la bóveda:

{0}

El editor muestra lo que encontró la comprobación. ¿Guardar de todos modos, o volver y revisarlo antes?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved.</source>
        <translation>No se guardó.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../gui/pages/dashboard.py" line="+286"/>
        <location line="+4"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the dashboard</source>
        <translation>Actualizar el panel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overdue ({0})</source>
        <translation>Vencidos ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing overdue.</source>
        <translation>Nada vencido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue deadlines</source>
        <translation>Plazos vencidos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due today ({0})</source>
        <translation>Vencen hoy ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing due today.</source>
        <translation>Nada vence hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines due today</source>
        <translation>Plazos que vencen hoy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This week ({0})</source>
        <translation>Esta semana ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing due in the next 7 days.</source>
        <translation>Nada vence en los próximos 7 días.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines due in the next 7 days</source>
        <translation>Plazos que vencen en los próximos 7 días</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next 30 days ({0})</source>
        <translation>Próximos 30 días ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing due from day 8 to day 30.</source>
        <translation>Nada vence del día 8 al día 30.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines due from day 8 to day 30</source>
        <translation>Plazos que vencen del día 8 al día 30</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Open subpoenas:</source>
        <translation>Citaciones abiertas:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>received</source>
        <translation>recibidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>challenged</source>
        <translation>impugnadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modified</source>
        <translation>modificadas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subpoenas {0}</source>
        <translation>Citaciones {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Matters with no open deadline</source>
        <translation>Asuntos sin plazo abierto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These open matters have nothing docketed. Check that no date was missed.</source>
        <translation>Estos asuntos abiertos no tienen nada registrado. Compruebe que no se pasó por alto ninguna fecha.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open matters with no open deadline</source>
        <translation>Asuntos abiertos sin plazo abierto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every open matter has an open deadline.</source>
        <translation>Todos los asuntos abiertos tienen un plazo abierto.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Today is {0}</source>
        <translation>Hoy es {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open subpoenas ({0}):</source>
        <translation>Citaciones abiertas ({0}):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Matters with no open deadline ({0})</source>
        <translation>Asuntos sin plazo abierto ({0})</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n open matter(s) without an open deadline (listed below)</source>
        <translation>
            <numerusform>%n asunto abierto sin plazo abierto (ver abajo)</numerusform>
            <numerusform>%n asuntos abiertos sin plazo abierto (ver abajo)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineEditor</name>
    <message>
        <location filename="../gui/editors/deadline_editor.py" line="+67"/>
        <source>Counted by rule</source>
        <translation>Contado según regla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation</source>
        <translation>Fundamento legal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted from</source>
        <translation>Contado desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court calendar</source>
        <translation>Calendario judicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>How it was counted</source>
        <translation>Cómo se contó</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Confirm the new date</source>
        <translation>&amp;Confirmar la nueva fecha</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its trigger moved</source>
        <translation>cambió su hecho desencadenante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a closure day was added</source>
        <translation>se añadió un día de cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a closure day was removed</source>
        <translation>se quitó un día de cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the holiday data changed</source>
        <translation>cambiaron los datos de feriados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recounted because {0}: the date set by hand, {1}, is kept; the rule now gives {2}. Check it, then confirm.</source>
        <translation>Recontado porque {0}: se mantiene la fecha fijada a mano, {1}; la regla da ahora {2}. Revísela y confirme.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recounted because {0}: the date moved from {1} to {2}. Check it, then confirm.</source>
        <translation>Recontado porque {0}: la fecha pasó del {1} al {2}. Revísela y confirme.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not applicable</source>
        <translation>No corresponde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set by hand: this date was changed from what the rule gives.</source>
        <translation>Fijada a mano: esta fecha se cambió respecto a la que da la regla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As computed by the rule.</source>
        <translation>Tal como la calcula la regla.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The rule gives {0}</source>
        <translation>La regla da {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — set by hand</source>
        <translation> — fijada a mano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as the rule gives</source>
        <translation>la que da la regla</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date set by hand</source>
        <translation>Fecha fijada a mano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This date was computed from a rule. Why is it set by hand?
(for example: order of 3 Oct; stipulation filed 12 May)</source>
        <translation>Esta fecha se calculó con una regla. ¿Por qué se fija a mano?
(por ejemplo: orden del 3 oct.; estipulación presentada el 12 may.)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved.</source>
        <translation>No se guardó.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved; also recounted: {0}</source>
        <translation>Guardado; también se recontó: {0}</translation>
    </message>
</context>
<context>
    <name>DeadlineReminders</name>
    <message>
        <location filename="../gui/reminders.py" line="+188"/>
        <source>Quash — locked</source>
        <translation>Quash — bloqueado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Quash — {0}, {1}</source>
        <translation>Quash — {0}, {1}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n due today</source>
        <translation>
            <numerusform>%n vence hoy</numerusform>
            <numerusform>%n vencen hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencido</numerusform>
            <numerusform>%n vencidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>In %n day(s)</source>
        <translation>
            <numerusform>En %n día</numerusform>
            <numerusform>En %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} at {1}</source>
        <translation>{0} a las {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n deadline(s) coming up</source>
        <translation>
            <numerusform>%n plazo próximo</numerusform>
            <numerusform>%n plazos próximos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1} — {2}</source>
        <translation>{0}: {1} — {2}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineStatus</name>
    <message>
        <location filename="../gui/vocabulary.py" line="+71"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vacated</source>
        <translation>Sin efecto</translation>
    </message>
</context>
<context>
    <name>Demand</name>
    <message>
        <location line="-15"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email addresses</source>
        <translation>Direcciones de correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers</source>
        <translation>Números de teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-up IP address</source>
        <translation>Dirección IP de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP address logs</source>
        <translation>Registros de direcciones IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login times</source>
        <translation>Horas de inicio de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account creation date</source>
        <translation>Fecha de creación de la cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP code and country</source>
        <translation>Código postal y país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content of posts or messages</source>
        <translation>Contenido de publicaciones o mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otros datos</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../gui/wizard/demo.py" line="+24"/>
        <source>The demo vault</source>
        <translation>La bóveda de demostración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public unmasking cases (agencies, platforms and courts named in press reports) with fictional clients. Never put real case files in it.</source>
        <translation>Casos públicos de desenmascaramiento (agencias, plataformas y tribunales citados en la prensa) con clientes ficticios. Nunca guarde en ella expedientes reales.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open demo vault</source>
        <translation>&amp;Abrir bóveda de demostración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its passphrase is printed here on purpose, so anyone can open the demo. You will need it if Quash locks the demo vault:</source>
        <translation>Su frase de contraseña se muestra aquí a propósito, para que cualquiera pueda abrir la demostración. La necesitará si Quash bloquea la bóveda de demostración:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo vault passphrase</source>
        <translation>Frase de contraseña de la bóveda de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo vault folder</source>
        <translation>Carpeta de la bóveda de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem opening the demo vault</source>
        <translation>Problema al abrir la bóveda de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the demo vault</source>
        <translation>Abriendo la bóveda de demostración</translation>
    </message>
</context>
<context>
    <name>DocketEventDialog</name>
    <message>
        <location filename="../gui/editors/deadline_dialogs.py" line="+50"/>
        <source>Docket an event — {0}</source>
        <translation>Registrar una actuación — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Docket</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event</source>
        <translation>Actuación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date of the event</source>
        <translation>Fecha de la actuación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Docket entry</source>
        <translation>Anotación en el registro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Event:</source>
        <translation>&amp;Actuación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da&amp;te:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;bpoena:</source>
        <translation>C&amp;itación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpliance date:</source>
        <translation>Fecha de cu&amp;mplimiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;alendar:</source>
        <translation>C&amp;alendario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ponsible:</source>
        <translation>Responsa&amp;ble:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docket &amp;entry:</source>
        <translation>Ano&amp;tación:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deadlines this will create</source>
        <translation>Plazos que se crearán</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Citation</source>
        <translation>Fundamento legal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines this event will create</source>
        <translation>Plazos que creará esta actuación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the chosen deadline is counted</source>
        <translation>Cómo se cuenta el plazo elegido</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+83"/>
        <source>The date of the event</source>
        <translation>La fecha de la actuación</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Type the date of the event to see its deadlines.</source>
        <translation>Escriba la fecha de la actuación para ver sus plazos.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Compliance date</source>
        <translation>Fecha de cumplimiento</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Docketed; these deadlines were created</source>
        <translation>Registrada; se crearon estos plazos</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Docketed “{0}” on {1} with %n deadline(s).</source>
        <translation>
            <numerusform>Se registró «{0}» el {1} con %n plazo.</numerusform>
            <numerusform>Se registró «{0}» el {1} con %n plazos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../gui/viewer/dialog.py" line="+88"/>
        <source>{0} — Quash</source>
        <translation>{0} — Quash</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page thumbnails</source>
        <translation>Miniaturas de las páginas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a page to go to it</source>
        <translation>Haga clic en una página para ir a ella</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+308"/>
        <source>Opening the document…</source>
        <translation>Abriendo el documento…</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>Viewer tools</source>
        <translation>Herramientas del visor</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+114"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Previous page (Page Up)</source>
        <translation>Página anterior (Re Pág)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+112"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Next page (Page Down)</source>
        <translation>Página siguiente (Av Pág)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First page</source>
        <translation>Primera página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First page (Home)</source>
        <translation>Primera página (Inicio)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last page</source>
        <translation>Última página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last page (End)</source>
        <translation>Última página (Fin)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a page number and press Enter (Ctrl+G)</source>
        <translation>Escriba un número de página y pulse Intro (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go to page</source>
        <translation>Ir a la página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to page (Ctrl+G)</source>
        <translation>Ir a la página (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Acercar (Ctrl++)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual size (Ctrl+1)</source>
        <translation>Tamaño real (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page&apos;s width to the window (Ctrl+2)</source>
        <translation>Ajustar el ancho de la página a la ventana (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole page (Ctrl+0)</source>
        <translation>Mostrar la página completa (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find words in the document (Ctrl+F)</source>
        <translation>Buscar palabras en el documento (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the document (Ctrl+P)</source>
        <translation>Imprimir el documento (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>F&amp;ind:</source>
        <translation>B&amp;uscar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words to find</source>
        <translation>Palabras que buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words to find in the text</source>
        <translation>Palabras que buscar en el texto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (F3 or Enter)</source>
        <translation>Coincidencia siguiente (F3 o Intro)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find next</source>
        <translation>Buscar siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find previous</source>
        <translation>Buscar anterior</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>The PDF&apos;s password</source>
        <translation>Contraseña del PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the PDF with this password</source>
        <translation>Abrir el PDF con esta contraseña</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel printing</source>
        <translation>Cancelar la impresión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This PDF is protected by a password. Type the password to read it here; the copy in the vault stays as it is.</source>
        <translation>Este PDF está protegido con contraseña. Escriba la contraseña para leerlo aquí; la copia de la bóveda queda como está.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That password does not open this PDF. Try again.</source>
        <translation>Esa contraseña no abre este PDF. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PDF is damaged and cannot be shown.</source>
        <translation>Este PDF está dañado y no se puede mostrar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This picture is damaged and cannot be shown.</source>
        <translation>Esta imagen está dañada y no se puede mostrar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is neither a PDF nor a picture Quash can show (PNG, JPEG, TIFF).</source>
        <translation>Este archivo no es un PDF ni una imagen que Quash pueda mostrar (PNG, JPEG, TIFF).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This picture is too large to show.</source>
        <translation>Esta imagen es demasiado grande para mostrarla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This document cannot be shown.</source>
        <translation>Este documento no se puede mostrar.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Page {0} of {1}</source>
        <translation>Página {0} de {1}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No text layer: this is an image-only scan</source>
        <translation>Sin capa de texto: es un escaneo que solo contiene imágenes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not found</source>
        <translation>No se encontró</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The search could not be finished.</source>
        <translation>No se pudo terminar la búsqueda.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{0} of %n (match|matches)</source>
        <translation>
            <numerusform>{0} de %n coincidencia</numerusform>
            <numerusform>{0} de %n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Print the document</source>
        <translation>Imprimir el documento</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Quash document</source>
        <translation>Documento de Quash</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Printing page {0} of {1}…</source>
        <translation>Imprimiendo la página {0} de {1}…</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Se envió %n página a la impresora.</numerusform>
            <numerusform>Se enviaron %n páginas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The printer could not be opened; nothing was printed.</source>
        <translation>No se pudo abrir la impresora; no se imprimió nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing stopped: a page could not be printed.</source>
        <translation>La impresión se detuvo: no se pudo imprimir una página.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printing cancelled.</source>
        <translation>Impresión cancelada.</translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message>
        <location filename="../gui/editors/documents_box.py" line="+65"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached to</source>
        <translation>Adjunto a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View the document</source>
        <translation>Ver el documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attach…</source>
        <translation>&amp;Adjuntar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+80"/>
        <source>Attach a document</source>
        <translation>Adjuntar un documento</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save a copy of the document</source>
        <translation>Guardar una copia del documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the document</source>
        <translation>Quitar el documento</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Subpoena #{0}</source>
        <translation>Citación n.º {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docket entry #{0}</source>
        <translation>Anotación n.º {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The matter</source>
        <translation>El asunto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a document first.</source>
        <translation>Elija primero un documento.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Scans and documents ({0});;All files (*)</source>
        <translation>Escaneos y documentos ({0});;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save a copy outside the vault</source>
        <translation>Guardar una copia fuera de la bóveda</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not read {0}: {1}</source>
        <translation>No se pudo leer {0}: {1}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not save the copy: {0}</source>
        <translation>No se pudo guardar la copia: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy saved outside the vault, unencrypted: {0}</source>
        <translation>Copia guardada fuera de la bóveda, sin cifrar: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove this document? It goes to the Trash, where it can be restored until the trash is emptied.</source>
        <translation>¿Quitar este documento? Va a la Papelera, donde se puede restaurar hasta que se vacíe.</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../gui/drafting_dialog.py" line="+42"/>
        <source>Motion to quash, with the client&apos;s declaration</source>
        <translation>Moción para anular, con la declaración del cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter asking the platform to hold production</source>
        <translation>Carta que pide a la plataforma no entregar los datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Letter to the client about the notice</source>
        <translation>Carta al cliente sobre el aviso</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Draft a document</source>
        <translation>Redactar un documento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fill in a template from this matter and save it as a Word document you can edit. Bracketed text is for the attorney to write.</source>
        <translation>Complete una plantilla con los datos de este asunto y guárdela como un documento de Word que puede editar. El texto entre corchetes lo escribe el abogado o la abogada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subpoena</source>
        <translation>Citación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the clients&apos; legal names</source>
        <translation>Incluir los nombres legales de los clientes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubpoena:</source>
        <translation>&amp;Citación:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} ({1}, the office&apos;s)</source>
        <translation>{0} ({1}, de la oficina)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} from {1} to {2}</source>
        <translation>{0} de {1} a {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}, issued {1}</source>
        <translation>{0}, emitida el {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This matter has no subpoena yet</source>
        <translation>Este asunto todavía no tiene citación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The draft will hold the clients&apos; legal names; the audit log records it.</source>
        <translation>El borrador incluirá los nombres legales de los clientes; queda en el registro de auditoría.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The draft will hold the clients&apos; legal names. Keep it safe; the audit log records that they were merged.</source>
        <translation>El borrador incluirá los nombres legales de los clientes. Guárdelo en lugar seguro; el registro de auditoría deja constancia de que se incluyeron.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the draft</source>
        <translation>Guardar el borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not save the draft: {0}</source>
        <translation>No se pudo guardar el borrador: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The draft is not encrypted, and it holds clients&apos; legal names: anyone who can open the file can read it. Delete it when it is no longer needed.</source>
        <translation>El borrador no está cifrado e incluye los nombres legales de los clientes: cualquiera que pueda abrir el archivo puede leerlo. Bórrelo cuando ya no lo necesite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The draft is not encrypted: anyone who can open the file can read it. Delete it when it is no longer needed.</source>
        <translation>El borrador no está cifrado: cualquiera que pueda abrir el archivo puede leerlo. Bórrelo cuando ya no lo necesite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to {0}</source>
        <translation>Guardado en {0}</translation>
    </message>
</context>
<context>
    <name>DueItemsModel</name>
    <message>
        <location filename="../gui/pages/dashboard.py" line="-364"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matter</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation</source>
        <translation>Fundamento legal</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>vencido hace %n día</numerusform>
            <numerusform>vencido hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../gui/editors/event_editor.py" line="+47"/>
        <source>Move to:</source>
        <translation>Mover al:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New date of the event</source>
        <translation>Nueva fecha de la actuación</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&amp;Move to…</source>
        <translation>&amp;Mover a…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the event to another date</source>
        <translation>Mover la actuación a otra fecha</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show the changes and &amp;recount…</source>
        <translation>Ver los cambios y &amp;recalcular…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the docket entry first, then attach its documents.</source>
        <translation>Guarde primero la anotación; luego adjunte sus documentos.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Docketed as “{0}”: its deadlines are counted from this date. Moving it recounts them; dates set by hand are kept.</source>
        <translation>Registrada como «{0}»: sus plazos se cuentan desde esta fecha. Al moverla se recuentan; las fechas fijadas a mano se mantienen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Its deadlines are counted from this date: change it with “Move to…”.</source>
        <translation>Sus plazos se cuentan desde esta fecha: cámbiela con «Mover a…».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New date is not a date: type it as YYYY-MM-DD</source>
        <translation>La nueva fecha no es una fecha: escríbala como AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the new date first.</source>
        <translation>Escriba primero la nueva fecha.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Moved.</source>
        <translation>Movida.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move this event to {0}? No deadline is counted from it.</source>
        <translation>¿Mover esta actuación al {0}? No se cuenta ningún plazo desde ella.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move this event to {0}? Its deadlines would change:
{1}</source>
        <translation>¿Mover esta actuación al {0}? Sus plazos cambiarían así:
{1}</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <location filename="../gui/vocabulary.py" line="+8"/>
        <source>Filing</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal</source>
        <translation>Retiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correspondence</source>
        <translation>Correspondencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>FilingAnswersBox</name>
    <message>
        <location filename="../gui/editors/filing_answers.py" line="+18"/>
        <source>Docketing this also records</source>
        <translation>Al registrar esto también se anota</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mark done: {0} (due {1})</source>
        <translation>Marcar como hecho: {0} (vence el {1})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Subpoena status → {0}: {1}</source>
        <translation>Estado de la citación → {0}: {1}</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../gui/start.py" line="+52"/>
        <source>Who are you? — Quash</source>
        <translation>¿Quién es usted? — Quash</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This vault was made before each person had a passphrase of their own. Say who you are: the passphrase you just typed becomes yours, you become the vault&apos;s admin, and everything you do is signed in the audit log under your name. Settings ▸ People then gives the others passphrases of their own.</source>
        <translation>Esta bóveda se creó antes de que cada persona tuviera su propia frase de contraseña. Diga quién es usted: la frase de contraseña que acaba de escribir pasa a ser suya, usted pasa a administrar la bóveda y todo lo que haga queda firmado con su nombre en el registro de auditoría. Después, Configuración ▸ Personas da a las demás personas su propia frase de contraseña.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault&apos;s passphrase</source>
        <translation>La frase de contraseña de la bóveda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Su nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault&apos;s &amp;passphrase, again:</source>
        <translation>La &amp;frase de contraseña de la bóveda, otra vez:</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../gui/wizard/first_run.py" line="+130"/>
        <source>Quash — set up</source>
        <translation>Quash — configuración inicial</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Quash could not make the vault in %1: %2.</source>
        <translation>Quash no pudo crear la bóveda en %1: %2.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The vault has been made, but its recovery key will not be shown again. Close without it? The vault still opens with the passphrase.</source>
        <translation>La bóveda está creada, pero su clave de recuperación no se volverá a mostrar. ¿Cerrar sin ella? La bóveda se sigue abriendo con la frase de contraseña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup has been restored, but the vault&apos;s new recovery key will not be shown again. Close without it? The vault still opens with your new passphrase.</source>
        <translation>La copia de seguridad está restaurada, pero la nueva clave de recuperación de la bóveda no se volverá a mostrar. ¿Cerrar sin ella? La bóveda se sigue abriendo con su nueva frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>HowToDialog</name>
    <message>
        <location filename="../gui/help.py" line="+144"/>
        <source>How to…</source>
        <translation>Cómo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Help text</source>
        <translation>Texto de ayuda</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>First run and the recovery key</source>
        <translation>Primer uso y la clave de recuperación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first run offers to create a vault: where to keep it, the office&apos;s name, your name and role, and a passphrase of at least 10 characters (a few unrelated words work well).</source>
        <translation>El primer uso ofrece crear una bóveda: dónde guardarla, el nombre de la oficina, su nombre y función, y una frase de contraseña de al menos 10 caracteres (unas cuantas palabras sin relación entre sí funcionan bien).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recovery key is shown once, as 8 groups of 4 letters and digits. Print the recovery sheet and keep it in the office safe: Quash cannot show it again, and it opens the vault if the passphrase is lost.</source>
        <translation>La clave de recuperación se muestra una sola vez, como 8 grupos de 4 letras y dígitos. Imprima la hoja de recuperación y guárdela en la caja fuerte de la oficina: Quash no puede volver a mostrarla, y abre la bóveda si se pierde la frase de contraseña.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To look around first, open the demo vault instead: it holds only public sample cases. Never enter real clients in it.</source>
        <translation>Para explorar primero, abra en su lugar la bóveda de demostración: solo contiene casos públicos de ejemplo. Nunca registre clientes reales en ella.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a deadline from a rule</source>
        <translation>Agregar un plazo según una regla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the matter and go to its Deadlines tab.</source>
        <translation>Abra el asunto y vaya a su pestaña Plazos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click Add from rule…, pick the rule and the date that starts the count.</source>
        <translation>Haga clic en Agregar según regla…, elija la regla y la fecha desde la que se cuenta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quash shows the computed date and every step of the count, on the calendar of the matter&apos;s court. Check them, then Save deadline.</source>
        <translation>Quash muestra la fecha calculada y cada paso del cómputo, según el calendario del tribunal del asunto. Revíselos y luego haga clic en Guardar plazo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A date a rule counted changes only by editing the deadline with a reason, which the history keeps.</source>
        <translation>Una fecha calculada por una regla solo cambia editando el plazo con un motivo, que queda en el historial.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Docket an event</source>
        <translation>Registrar una actuación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the matter and go to its Docket tab.</source>
        <translation>Abra el asunto y vaya a su pestaña Actuaciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click Docket event…, choose what happened (for example, a motion to quash filed) and its date.</source>
        <translation>Haga clic en Registrar actuación…, elija lo que ocurrió (por ejemplo, la presentación de una moción para anular) y su fecha.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dialog lists the deadlines the event creates (the hearing, the opposition and the reply); click Docket to record the event with them.</source>
        <translation>El diálogo enumera los plazos que crea la actuación (la audiencia, la oposición y la réplica); haga clic en Registrar para guardar la actuación con ellos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reports and calendar export</source>
        <translation>Informes y exportación del calendario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the Reports page choose the deadline report, a matter summary or the subpoena register, the dates, the paper and the language, then click Save PDF as…</source>
        <translation>En la página Informes elija el informe de plazos, un resumen del asunto o el registro de requerimientos, las fechas, el papel y el idioma, y luego haga clic en Guardar PDF como…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the explanation trail box to print how each date was computed. Clients appear by pseudonym unless you include legal names, which the audit log records.</source>
        <translation>Marque la casilla de la explicación paso a paso para imprimir cómo se calculó cada fecha. Los clientes figuran por su seudónimo salvo que incluya los nombres legales, lo que queda en el registro de auditoría.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export calendar (.ics)… writes the deadlines for Outlook or another calendar; importing it again updates them. Saved reports and exports are not encrypted: keep them safe or delete them.</source>
        <translation>Exportar calendario (.ics)… escribe los plazos para Outlook u otro calendario; al importarlo de nuevo se actualizan. Los informes y exportaciones guardados no están cifrados: guárdelos en lugar seguro o bórrelos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back up to a USB stick</source>
        <translation>Copia de seguridad en una memoria USB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plug in the stick and open the Backup page.</source>
        <translation>Conecte la memoria USB y abra la página Copia de seguridad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the stick, type a backup passphrase twice and click Create backup. Quash writes the backup, reads it back and verifies it.</source>
        <translation>Elija la memoria, escriba dos veces una frase de contraseña para la copia y haga clic en Crear copia. Quash escribe la copia, la vuelve a leer y la verifica.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the stick in a safe place. The status bar turns red when the last verified backup is more than a week old.</source>
        <translation>Guarde la memoria en un lugar seguro. La barra de estado se pone en rojo cuando la última copia verificada tiene más de una semana.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To check or restore a backup, use Verify a file… or Restore… on the same page; a restore asks for a new passphrase and shows a new recovery key.</source>
        <translation>Para comprobar o restaurar una copia, use Verificar un archivo… o Restaurar… en la misma página; al restaurar se pide una nueva frase de contraseña y se muestra una nueva clave de recuperación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Ctrl+L (File ▸ Lock now) whenever you step away. Quash also locks after the idle time set in Settings, and when the computer locks its screen or goes to sleep.</source>
        <translation>Pulse Ctrl+L (Archivo ▸ Bloquear ahora) cada vez que se aleje. Quash también se bloquea tras el tiempo de inactividad fijado en Configuración, y cuando el equipo bloquea la pantalla o entra en suspensión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsaved edits are kept as drafts inside the encrypted vault; the editors reopen with them after you unlock.</source>
        <translation>Los cambios sin guardar se conservan como borradores dentro de la bóveda cifrada; los editores se vuelven a abrir con ellos al desbloquear.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To work in another vault, use File ▸ Open another vault… (Ctrl+O) or File ▸ Recent vaults. Quash asks about unsaved edits, unlocks the other vault, and only then locks this one; Cancel leaves this one open. The window&apos;s title names the office and the vault&apos;s folder.</source>
        <translation>Para trabajar en otra bóveda, use Archivo ▸ Abrir otra bóveda… (Ctrl+O) o Archivo ▸ Bóvedas recientes. Quash pregunta por los cambios sin guardar, desbloquea la otra bóveda y solo entonces bloquea esta; Cancelar deja esta abierta. El título de la ventana indica la oficina y la carpeta de la bóveda.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../gui/intake_dialog.py" line="+125"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+419"/>
        <source>Checked</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <location line="-416"/>
        <source>{0} checked against the document</source>
        <translation>{0} comprobado con el documento</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>New subpoena from a document</source>
        <translation>Nueva citación desde un documento</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save subpoena</source>
        <translation>&amp;Guardar citación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the subpoena or summons (PDF, or a scan as PNG, JPEG or TIFF), or the platform&apos;s notice email (.eml). Quash reads it on this computer and suggests the fields; you check each one before anything is saved.</source>
        <translation>Elija la citación o el requerimiento (PDF, o un escaneo en PNG, JPEG o TIFF), o el correo de aviso de la plataforma (.eml). Quash lo lee en esta computadora y sugiere los campos; usted comprueba cada uno antes de que se guarde nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Choose a document…</source>
        <translation>&amp;Elegir un documento…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the document</source>
        <translation>Leyendo el documento</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the subpoena or notice</source>
        <translation>Elegir la citación o el aviso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents ({0});;All files (*)</source>
        <translation>Documentos ({0});;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Opening {0}…</source>
        <translation>Abriendo {0}…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Finding the fields…</source>
        <translation>Buscando los campos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading page {0} of {1} (OCR)…</source>
        <translation>Leyendo la página {0} de {1} (OCR)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading page {0} of {1}…</source>
        <translation>Leyendo la página {0} de {1}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Canceled: nothing was saved.</source>
        <translation>Cancelado: no se guardó nada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Put the notice&apos;s date and &amp;window on:</source>
        <translation>Poner la fecha y el &amp;plazo del aviso en:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (correct it if the document says otherwise)</source>
        <translation>Valor (corríjalo si el documento dice otra cosa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words it came from</source>
        <translation>Palabras de las que sale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How sure</source>
        <translation>Qué tan seguro</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{0} — read by OCR: {1} % sure on average — check every field against the page.</source>
        <translation>{0} — leído por OCR: {1} % de seguridad en promedio — compruebe cada campo con la página.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} — a notice email. Check every field against the email before saving.</source>
        <translation>{0} — un correo de aviso. Compruebe cada campo con el correo antes de guardar.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} — read from its text ({1}). Check every field against the document before saving.</source>
        <translation>{0} — leído de su texto ({1}). Compruebe cada campo con el documento antes de guardar.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found in the document: type it if it is there.</source>
        <translation>No se encontró en el documento: escríbalo si figura en él.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{0}” — in the email</source>
        <translation>«{0}» — en el correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” — page {1}</source>
        <translation>«{0}» — página {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sure</source>
        <translation>seguro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check this</source>
        <translation>compruébelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsure</source>
        <translation>dudoso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} (OCR {1} %)</source>
        <translation>{0} (OCR {1} %)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts the document names</source>
        <translation>Cuentas que nombra el documento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The document names no account.</source>
        <translation>El documento no nombra ninguna cuenta.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>platform not said</source>
        <translation>plataforma no indicada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>@{0} ({1}) — in the vault: link it to the subpoena</source>
        <translation>@{0} ({1}) — en la bóveda: vincularla a la citación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>@{0} ({1}) — not in the vault yet</source>
        <translation>@{0} ({1}) — aún no está en la bóveda</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Accounts not in the vault yet are not created here: add them to a client of this matter, then link them in the subpoena.</source>
        <translation>Las cuentas que aún no están en la bóveda no se crean aquí: agréguelas a un cliente de este asunto y luego vincúlelas en la citación.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accounts checked against the document</source>
        <translation>Cuentas comprobadas con el documento</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A new subpoena</source>
        <translation>Una citación nueva</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tick Checked beside: {0}</source>
        <translation>Marque Comprobado junto a: {0}</translation>
    </message>
</context>
<context>
    <name>KeyWorkDialog</name>
    <message>
        <location filename="../gui/pages/key_dialogs.py" line="+175"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>KeyWorkSection</name>
    <message>
        <location line="+174"/>
        <source>This computer could not reach the keychain that remembered the vault, so it no longer remembers it for you.</source>
        <translation>Esta computadora no pudo acceder al llavero que recordaba la bóveda, así que ya no la recuerda para usted.</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../gui/wizard/new_vault.py" line="+66"/>
        <source>Where the vault lives</source>
        <translation>Dónde se guarda la bóveda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a new or empty folder. The vault is encrypted, so it may sit on a shared drive or a USB stick; it is only as safe as its passphrase.</source>
        <translation>Elija una carpeta nueva o vacía. La bóveda está cifrada, así que puede estar en una unidad compartida o en una memoria USB; es tan segura como su frase de contraseña.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vault folder</source>
        <translation>Carpeta de la bóveda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for the vault folder</source>
        <translation>Buscar la carpeta de la bóveda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About the folder</source>
        <translation>Sobre la carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem with the folder</source>
        <translation>Problema con la carpeta</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Quash will make this folder.</source>
        <translation>Quash creará esta carpeta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This folder is empty: the vault will be made in it.</source>
        <translation>Esta carpeta está vacía: la bóveda se creará en ella.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a folder for the vault</source>
        <translation>Elegir una carpeta para la bóveda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quash vault</source>
        <translation>Bóveda de Quash</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the folder&apos;s full path, or choose it with Browse…</source>
        <translation>Escriba la ruta completa de la carpeta, o elíjala con Examinar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already holds a Quash vault. To use it, go Back and choose “Open an existing vault”.</source>
        <translation>%1 ya contiene una bóveda de Quash. Para usarla, vuelva Atrás y elija «Abrir una bóveda existente».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already holds files. Quash makes a vault only in a new or empty folder.</source>
        <translation>%1 ya contiene archivos. Quash solo crea una bóveda en una carpeta nueva o vacía.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quash cannot look inside %1. Choose another folder.</source>
        <translation>Quash no puede ver el contenido de %1. Elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../gui/app.py" line="+175"/>
        <source>That vault is open already.</source>
        <translation>Esa bóveda ya está abierta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no Quash vault in %1: a vault&apos;s folder holds quash.keys and quash.db. The vault open now stays open.</source>
        <translation>No hay ninguna bóveda de Quash en %1: la carpeta de una bóveda contiene quash.keys y quash.db. La bóveda abierta sigue abierta.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open another vault</source>
        <translation>Abrir otra bóveda</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="+53"/>
        <source>Quash</source>
        <translation>Quash</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matters</source>
        <translation>Asuntos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subpoenas</source>
        <translation>Citaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+2"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search: </source>
        <translation>Buscar: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demo vault — public sample cases only; do not enter real clients</source>
        <translation>Bóveda de demostración — solo casos públicos de ejemplo; no registre clientes reales</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>The holiday data changed. Moved: %n open deadline(s), marked on the Deadlines page for you to confirm.</source>
        <translation>
            <numerusform>Cambiaron los datos de feriados. Cambió %n plazo abierto, marcado en la página Plazos para que lo confirme.</numerusform>
            <numerusform>Cambiaron los datos de feriados. Cambiaron %n plazos abiertos, marcados en la página Plazos para que los confirme.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Travel mode…</source>
        <translation>&amp;Modo viaje…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Matter…</source>
        <translation>&amp;Asunto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client…</source>
        <translation>&amp;Cliente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account…</source>
        <translation>C&amp;uenta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subpoena…</source>
        <translation>Ci&amp;tación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadline…</source>
        <translation>&amp;Plazo…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Papelera…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Abrir otra bóveda…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How to…</source>
        <translation>&amp;Cómo…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Quash — {0} ({1})</source>
        <translation>Quash — {0} ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quash — {0}</source>
        <translation>Quash — {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vault: {0}</source>
        <translation>Bóveda: {0}</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Working as: {0}</source>
        <translation>Trabajando como: {0}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No verified backup yet</source>
        <translation>Aún no hay copia verificada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last verified backup: {0}</source>
        <translation>Última copia verificada: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — make a new backup</source>
        <translation> — haga una copia nueva</translation>
    </message>
</context>
<context>
    <name>MatterEditor</name>
    <message>
        <location filename="../gui/editors/matter_editor.py" line="+92"/>
        <source>Matter</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clients &amp;&amp; accounts</source>
        <translation>&amp;Clientes y cuentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;bpoenas</source>
        <translation>C&amp;itaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead&amp;lines</source>
        <translation>&amp;Plazos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doc&amp;ket</source>
        <translation>Ac&amp;tuaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doc&amp;uments</source>
        <translation>Doc&amp;umentos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Client or account</source>
        <translation>Cliente o cuenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clients of this matter and their accounts</source>
        <translation>Clientes de este asunto y sus cuentas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client to add</source>
        <translation>Cliente que agregar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a client:</source>
        <translation>Agregar un cliente:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add to matter</source>
        <translation>&amp;Agregar al asunto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New client…</source>
        <translation>Cliente nuevo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <location line="+34"/>
        <location line="+74"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>&amp;Remove from matter</source>
        <translation>&amp;Quitar del asunto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Issued by → served on</source>
        <translation>Emitida por → notificada a</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Demands</source>
        <translation>Exige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subpoenas of this matter</source>
        <translation>Citaciones de este asunto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ne&amp;w subpoena…</source>
        <translation>Citación n&amp;ueva…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New subpoena from a &amp;document…</source>
        <translation>Nueva citación desde un &amp;documento…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open subpoena</source>
        <translation>Abrir citación</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is due</source>
        <translation>Qué vence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citation</source>
        <translation>Fundamento legal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadlines of this matter</source>
        <translation>Plazos de este asunto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add from &amp;rule…</source>
        <translation>Agregar según reg&amp;la…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add by h&amp;and…</source>
        <translation>Agregar a m&amp;ano…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Docket event…</source>
        <translation>Registrar act&amp;uación…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open deadline</source>
        <translation>Abrir plazo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark done</source>
        <translation>&amp;Marcar cumplido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vacate</source>
        <translation>&amp;Dejar sin efecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo the last status change</source>
        <translation>Deshacer el último cambio de estado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Documents of this matter, its subpoenas and its docket</source>
        <translation>Documentos de este asunto, de sus citaciones y de sus actuaciones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Draft from a template…</source>
        <translation>&amp;Redactar desde una plantilla…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft a motion or letter from a template</source>
        <translation>Redactar una moción o una carta desde una plantilla</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docket of this matter</source>
        <translation>Actuaciones de este asunto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Docket event…</source>
        <translation>Registrar actuación…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docket an event and its deadlines</source>
        <translation>Registrar una actuación y sus plazos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add entry…</source>
        <translation>Agregar anotación…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a docket entry without deadlines</source>
        <translation>Agregar una anotación sin plazos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open docket entry</source>
        <translation>Abrir anotación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of this matter</source>
        <translation>Historial de este asunto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing is recorded for this matter yet. Records brought in by an import are logged as one import entry in the audit log.</source>
        <translation>Aún no hay nada registrado para este asunto. Los registros traídos por una importación constan como una sola entrada de importación en el registro de auditoría.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source> (set by hand)</source>
        <translation> (fijado a mano)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, overdue</source>
        <translation>, vencido</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Legal name on file (sealed)</source>
        <translation>Nombre legal en el expediente (bajo sello)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No legal name on file</source>
        <translation>Sin nombre legal en el expediente</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Choose one or more deadlines first.</source>
        <translation>Elija primero uno o más plazos.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Undone: the status is as it was.</source>
        <translation>Deshecho: el estado es el de antes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete this matter with {0}? Clients and accounts stay. It goes to the Trash, where it can be restored until the trash is emptied.</source>
        <translation>¿Borrar este asunto con {0}? Los clientes y las cuentas se conservan. Va a la papelera, de donde puede restaurarse hasta que se vacíe.</translation>
    </message>
</context>
<context>
    <name>MatterStatus</name>
    <message>
        <location filename="../gui/vocabulary.py" line="-52"/>
        <source>Intake</source>
        <translation>Admisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motion filed</source>
        <translation>Moción presentada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stayed</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Citación retirada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quashed</source>
        <translation>Citación anulada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enforced</source>
        <translation>Cumplimiento ordenado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
</context>
<context>
    <name>MergeFieldsDialog</name>
    <message>
        <location filename="../gui/pages/templates_section.py" line="+118"/>
        <source>Merge fields</source>
        <translation>Campos de combinación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A template names these fields between double braces, e.g. {{ matter.title }}; a list is gone through with {% for a in accounts %}{{ a.handle }}{% endfor %}. Any other name is refused.</source>
        <translation>Una plantilla nombra estos campos entre llaves dobles, p. ej. {{ matter.title }}; una lista se recorre con {% for a in accounts %}{{ a.handle }}{% endfor %}. Cualquier otro nombre se rechaza.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge fields a template may use</source>
        <translation>Campos de combinación que puede usar una plantilla</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../gui/pages/key_dialogs.py" line="-300"/>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least a few unrelated words</source>
        <translation>al menos unas cuantas palabras sin relación entre sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same again</source>
        <translation>la misma otra vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Nueva frase de contraseña, otra vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how the passphrase</source>
        <translation>Mo&amp;strar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase strength in words</source>
        <translation>Solidez de la frase de contraseña, en palabras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to make the passphrase stronger</source>
        <translation>Cómo hacer más sólida la frase de contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;passphrase:</source>
        <translation>Nueva &amp;frase de contraseña:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;gain:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Strength:</source>
        <translation>Solidez:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This passphrase would be too easy to guess.</source>
        <translation>Esta frase de contraseña sería demasiado fácil de adivinar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Agregue una o dos palabras más. Las palabras poco comunes son mejores.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Las dos frases de contraseña no son iguales. Escríbalas de nuevo.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../gui/pages/security_section.py" line="+112"/>
        <source>Print a new recovery sheet</source>
        <translation>Imprimir una nueva hoja de recuperación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quash makes a new recovery key and puts the vault under a new data key sealed to it. The recovery sheet printed before then opens nothing written afterwards: destroy it once the new one is in the office safe. Every passphrase keeps working.</source>
        <translation>Quash crea una nueva clave de recuperación y pasa la bóveda a una nueva clave de datos sellada con ella. La hoja de recuperación impresa antes ya no abre nada de lo que se escriba después: destrúyala cuando la nueva esté en la caja fuerte de la oficina. Todas las frases de contraseña siguen funcionando.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;New recovery key — write it down now and keep it in the office safe.&lt;/b&gt; It opens the vault if every passphrase is forgotten; Quash cannot show it again. The recovery sheet printed before opens nothing written from now on.</source>
        <translation>&lt;b&gt;Nueva clave de recuperación: anótela ahora y guárdela en la caja fuerte de la oficina.&lt;/b&gt; Abre la bóveda si se olvidan todas las frases de contraseña; Quash no puede volver a mostrarla. La hoja de recuperación impresa antes no abre nada de lo que se escriba desde ahora.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Make a new recovery key</source>
        <translation>&amp;Crear una nueva clave de recuperación</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Putting the vault under a new recovery key…</source>
        <translation>Pasando la bóveda a una nueva clave de recuperación…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Done: the vault is under the new recovery key below. Print its sheet or write it down, then type its last group to close.</source>
        <translation>Listo: la bóveda está bajo la nueva clave de recuperación que aparece abajo. Imprima su hoja o anótela y luego escriba su último grupo para cerrar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Keep this new key with the sheet printed before until a new recovery sheet is made without a problem: either may be the one that opens the vault.</source>
        <translation>Guarde esta nueva clave junto con la hoja impresa antes hasta que se cree sin problemas una nueva hoja de recuperación: cualquiera de las dos puede ser la que abre la bóveda.</translation>
    </message>
</context>
<context>
    <name>NoticeDeadline</name>
    <message>
        <location filename="../gui/editors/labels.py" line="+132"/>
        <source>Docketed: motion to quash before the platform&apos;s window closes, due {0}.</source>
        <translation>Registrado: moción para anular antes de que cierre el plazo de respuesta de la plataforma, vence el {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recounted: motion to quash before the platform&apos;s window closes, now due {0}.</source>
        <translation>Recontado: moción para anular antes de que cierre el plazo de respuesta de la plataforma, ahora vence el {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recounted: the motion to quash date set by hand, {0}, is kept; the notice now gives {1}. Check it in the deadline.</source>
        <translation>Recontado: se mantiene la fecha de la moción para anular fijada a mano, {0}; el aviso da ahora {1}. Revísela en el plazo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The response window was cleared; the deadline was left as it was.</source>
        <translation>Se borró el plazo de respuesta del aviso; el plazo de la moción se dejó como estaba.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The notice date was cleared; the deadline was left as it was.</source>
        <translation>Se borró la fecha de aviso al usuario; el plazo se dejó como estaba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The motion to quash deadline could not be counted from this notice; docket it by hand.</source>
        <translation>No se pudo contar el plazo de la moción para anular a partir de este aviso; regístrelo a mano.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../gui/wizard/new_vault.py" line="+17"/>
        <source>Your office</source>
        <translation>Su oficina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The office&apos;s name heads every printed report. Your name goes in the audit log beside everything you do.</source>
        <translation>El nombre de la oficina encabeza cada informe impreso. Su nombre figura en el registro de auditoría junto a todo lo que haga.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Office name</source>
        <translation>Nombre de la oficina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role</source>
        <translation>Su función</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem with the office details</source>
        <translation>Problema con los datos de la oficina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Office name:</source>
        <translation>Nombre de la &amp;oficina:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Su nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;role:</source>
        <translation>Su &amp;función:</translation>
    </message>
</context>
<context>
    <name>OfficeRuleSetsBox</name>
    <message>
        <location filename="../gui/pages/office_rules.py" line="+35"/>
        <source>The office&apos;s own rules</source>
        <translation>Reglas propias de la oficina</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A rule set the office writes (a judge&apos;s standing order, in the format of Quash&apos;s own rule sets) is checked like Quash&apos;s own and kept in the vault; every court offers its rules.</source>
        <translation>Un conjunto de reglas que escribe la oficina (la orden permanente de un juez, en el formato de los conjuntos de reglas de Quash) se comprueba como los de Quash y se guarda en la bóveda; todos los tribunales ofrecen sus reglas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Office rule sets</source>
        <translation>Conjuntos de reglas de la oficina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import a rule set…</source>
        <translation>&amp;Importar un conjunto de reglas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected rule set</source>
        <translation>Exportar el conjunto de reglas elegido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve</source>
        <translation>Q&amp;uitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected rule set</source>
        <translation>Quitar el conjunto de reglas elegido</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>{0} — {1} (%n rule(s))</source>
        <translation>
            <numerusform>{0} — {1} (%n regla)</numerusform>
            <numerusform>{0} — {1} (%n reglas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{0} could not be read as a text file.</source>
        <translation>No se pudo leer {0} como archivo de texto.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Added the rule set {0}: {1}.</source>
        <translation>Se añadió el conjunto de reglas {0}: {1}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wrote the rule set {0} to {1}.</source>
        <translation>Se escribió el conjunto de reglas {0} en {1}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the rule set {0}? Its rules are no longer offered; export it first to keep a copy.</source>
        <translation>¿Quitar el conjunto de reglas {0}? Sus reglas dejarán de ofrecerse; expórtelo antes para conservar una copia.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed the rule set {0}.</source>
        <translation>Se quitó el conjunto de reglas {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a rule set</source>
        <translation>Importar un conjunto de reglas</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Rule sets (*.toml)</source>
        <translation>Conjuntos de reglas (*.toml)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the rule set</source>
        <translation>Exportar el conjunto de reglas</translation>
    </message>
</context>
<context>
    <name>OpenPage</name>
    <message>
        <location filename="../gui/wizard/first_run.py" line="-294"/>
        <source>Open an existing vault</source>
        <translation>Abrir una bóveda existente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the vault&apos;s folder: the one holding quash.keys and quash.db. You will be asked for its passphrase next.</source>
        <translation>Elija la carpeta de la bóveda: la que contiene quash.keys y quash.db. A continuación se le pedirá su frase de contraseña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault folder</source>
        <translation>Carpeta de la bóveda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for the vault folder</source>
        <translation>Buscar la carpeta de la bóveda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem with the folder</source>
        <translation>Problema con la carpeta</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open a Quash vault</source>
        <translation>Abrir una bóveda de Quash</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no Quash vault in %1: it has no quash.keys file.</source>
        <translation>No hay ninguna bóveda de Quash en %1: no tiene el archivo quash.keys.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../gui/widgets.py" line="-75"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pick a date</source>
        <translation>Elegir una fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a date from a calendar (Alt+Down)</source>
        <translation>Elegir una fecha en un calendario (Alt+Abajo)</translation>
    </message>
</context>
<context>
    <name>PagesView</name>
    <message>
        <location filename="../gui/viewer/pages_view.py" line="+354"/>
        <source>This page could not be shown.</source>
        <translation>Esta página no se pudo mostrar.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../gui/wizard/new_vault.py" line="+29"/>
        <source>Choose the passphrase</source>
        <translation>Elija la frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yours alone: the others in the office get passphrases of their own when you add them. Quash cannot reset it. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Solo suya: los demás de la oficina reciben frases de contraseña propias cuando usted los añade. Quash no puede restablecerla. Unas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Crear bóveda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Frase de contraseña, otra vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase strength in words</source>
        <translation>Solidez de la frase de contraseña, en palabras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to make the passphrase stronger</source>
        <translation>Cómo hacer más sólida la frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem with the passphrase</source>
        <translation>Problema con la frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating the vault</source>
        <translation>Creando la bóveda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating the vault… Quash is tuning the passphrase check to this computer so that guessing it is slow. This takes a few seconds.</source>
        <translation>Creando la bóveda… Quash ajusta la comprobación de la frase de contraseña a esta computadora para que adivinarla sea lento. Tarda unos segundos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Strength:</source>
        <translation>Solidez:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The passphrase is too short: use at least %1 characters (a few unrelated words work well).</source>
        <translation>La frase de contraseña es demasiado corta: use al menos %1 caracteres (unas palabras sin relación funcionan bien).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This passphrase would be too easy to guess.</source>
        <translation>Esta frase de contraseña sería demasiado fácil de adivinar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Agregue una o dos palabras más. Las palabras poco comunes son mejores.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Las dos frases de contraseña no son iguales. Escríbalas de nuevo.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../gui/pages/people_section.py" line="+40"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No key</source>
        <translation>Sin clave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has a key (you)</source>
        <translation>Tiene clave (usted)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a key</source>
        <translation>Tiene clave</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Who is working</source>
        <translation>Quién está trabajando</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add a person…</source>
        <translation>&amp;Agregar una persona…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person, or give a key to a name</source>
        <translation>Agregar una persona, o dar una clave a un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hange role…</source>
        <translation>Cambiar r&amp;ol…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected person&apos;s role</source>
        <translation>Cambiar el rol de la persona seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;emove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected person&apos;s key</source>
        <translation>Quitar la clave de la persona seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change my &amp;passphrase…</source>
        <translation>Cambiar mi &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only an admin adds or removes people and changes roles.</source>
        <translation>Solo un/a administrador/a agrega o quita personas y cambia roles.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removing a person deletes their key and puts the vault under a new data key: their passphrase opens nothing written afterwards. They stay on the list, inactive, so the history still names them.</source>
        <translation>Quitar a una persona elimina su clave y pasa la bóveda a una nueva clave de datos: su frase de contraseña no abre nada de lo que se escriba después. Sigue en la lista, inactiva, para que el historial la siga nombrando.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was done</source>
        <translation>Lo que se hizo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>You are working as {0} ({1}). Each person unlocks the vault with a passphrase of their own; whose passphrase unlocked is who is working.</source>
        <translation>Está trabajando como {0} ({1}). Cada persona desbloquea la bóveda con su propia frase de contraseña; quien la desbloqueó con su frase de contraseña es quien está trabajando.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody&apos;s passphrase unlocked the vault (the recovery key did): you work as an admin. Each person unlocks with a passphrase of their own.</source>
        <translation>La bóveda no se desbloqueó con la frase de contraseña de nadie (se usó la clave de recuperación): usted trabaja como administrador/a. Cada persona desbloquea con su propia frase de contraseña.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{0} has a key now ({1}): they unlock the vault with their own passphrase.</source>
        <translation>{0} ya tiene clave ({1}): desbloquea la bóveda con su propia frase de contraseña.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} is now: {1}.</source>
        <translation>El rol de {0} ahora es: {1}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove {0}&apos;s key? Their passphrase, and any old copy of the vault&apos;s key file, will open nothing written from now on. The vault is put under a new data key; everyone else&apos;s passphrase and the recovery key keep working. {0} stays on the list, inactive, so the history still names them.</source>
        <translation>¿Quitar la clave de {0}? Su frase de contraseña, y cualquier copia antigua del archivo de claves de la bóveda, no abrirán nada de lo que se escriba desde ahora. La bóveda pasa a una nueva clave de datos; las frases de contraseña de las demás personas y la clave de recuperación siguen funcionando. {0} sigue en la lista, inactiva, para que el historial la siga nombrando.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove a person</source>
        <translation>Quitar a una persona</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}&apos;s key is removed: the vault is under a new data key, and their passphrase opens nothing written from now on.</source>
        <translation>Se quitó la clave de {0}: la bóveda está bajo una nueva clave de datos, y su frase de contraseña no abre nada de lo que se escriba desde ahora.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removing {0}&apos;s key and re-keying the vault…</source>
        <translation>Quitando la clave de {0} y cambiando la clave de datos de la bóveda…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your passphrase is changed. Your old one, and old copies of the key file, open nothing written from now on.</source>
        <translation>Su frase de contraseña ha cambiado. La anterior, y las copias antiguas del archivo de claves, no abren nada de lo que se escriba desde ahora.</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <location filename="../gui/vocabulary.py" line="-17"/>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X (Twitter)</source>
        <translation>X (Twitter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reddit</source>
        <translation>Reddit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>RecentVaultsMenu</name>
    <message>
        <location filename="../gui/recent_vaults.py" line="+90"/>
        <source>&amp;Recent vaults</source>
        <translation>Bóvedas &amp;recientes</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{0} (not found)</source>
        <translation>{0} (no encontrada)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No vault is in {0} now. Is it on a stick that is not plugged in?</source>
        <translation>Ahora no hay ninguna bóveda en {0}. ¿Está en una memoria USB que no está conectada?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No other vault opened yet</source>
        <translation>Aún no se ha abierto otra bóveda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget these folders. Nothing in them is changed.</source>
        <translation>Olvidar estas carpetas. No se cambia nada de lo que contienen.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../gui/editors/base.py" line="+64"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close, asking about unsaved changes</source>
        <translation>Cerrar (pregunta si hay cambios sin guardar)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fields marked * are required.</source>
        <translation>Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save and clos&amp;e</source>
        <translation>Guardar y c&amp;errar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}[*] — Quash</source>
        <translation>{0}[*] — Quash</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Nothing to save.</source>
        <translation>Nada que guardar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved at {0}</source>
        <translation>Guardado a las {0}</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../gui/table_models.py" line="+315"/>
        <source>{0} (this column cannot be sorted)</source>
        <translation>{0} (esta columna no se puede ordenar)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recounted: open the deadline to confirm its new date.</source>
        <translation>Recontado: abra el plazo para confirmar su nueva fecha.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A legal name is on file and sealed. Open the client to reveal it; the reveal is written to the audit log.</source>
        <translation>Hay un nombre legal en el expediente, bajo sello. Abra el cliente para revelarlo; la revelación queda en el registro de auditoría.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Overdue: this was due yesterday, {0}.</source>
        <translation>Vencido: vencía ayer, {0}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Overdue: this was due %n day(s) ago, {0}.</source>
        <translation>
            <numerusform>Vencido: vencía hace %n día, {0}.</numerusform>
            <numerusform>Vencido: vencía hace %n días, {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <location line="+155"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>vencido hace %n día</numerusform>
            <numerusform>vencido hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+137"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+100"/>
        <location line="+46"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attorney</source>
        <translation>Abogado/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paralegal</source>
        <translation>Asistente legal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sealed</source>
        <translation>Bajo sello</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Intake date</source>
        <translation>Fecha de admisión</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handle</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Served on</source>
        <translation>Notificada a</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+86"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compliance date</source>
        <translation>Fecha de cumplimiento</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Demands</source>
        <translation>Exige</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+33"/>
        <source>Matter</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Citation</source>
        <translation>Fundamento legal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../gui/pages/records_page.py" line="+116"/>
        <source>Matters</source>
        <translation>Asuntos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w matter…</source>
        <translation>Asunto &amp;nuevo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No matters yet. Press “New matter…” to open the first case file.</source>
        <translation>Aún no hay asuntos. Pulse «Asunto nuevo…» para abrir el primer expediente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w client…</source>
        <translation>Cliente &amp;nuevo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No clients yet. Press “New client…” to add one under a pseudonym; a legal name, if you record one, stays sealed.</source>
        <translation>Aún no hay clientes. Pulse «Cliente nuevo…» para agregar uno con un seudónimo; el nombre legal, si lo anota, queda bajo sello.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intake</source>
        <translation>Admisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w account…</source>
        <translation>Cuenta &amp;nueva…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No accounts yet. Press “New account…” to add a social-media account that a subpoena targets.</source>
        <translation>Aún no hay cuentas. Pulse «Cuenta nueva…» para agregar una cuenta de redes sociales a la que apunta una citación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subpoenas</source>
        <translation>Citaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w subpoena…</source>
        <translation>Citación &amp;nueva…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No subpoenas yet. Press “New subpoena…” to log one as soon as the platform&apos;s notice arrives.</source>
        <translation>Aún no hay citaciones. Pulse «Citación nueva…» para anotar una en cuanto llegue el aviso de la plataforma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w deadline…</source>
        <translation>Plazo &amp;nuevo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No deadlines yet. Press “New deadline…” to add the first one.</source>
        <translation>Aún no hay plazos. Pulse «Plazo nuevo…» para agregar el primero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Docket events</source>
        <translation>Actuaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w docket event…</source>
        <translation>Actuación &amp;nueva…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No docket events yet. Press “New docket event…” to record one.</source>
        <translation>Aún no hay actuaciones. Pulse «Actuación nueva…» para registrar una.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w staff member…</source>
        <translation>Miembro del personal &amp;nuevo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No staff yet. Press “New staff member…” to add someone.</source>
        <translation>Aún no hay personal. Pulse «Miembro del personal nuevo…» para agregar a alguien.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type to filter</source>
        <translation>Escriba para filtrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filte&amp;r:</source>
        <translation>Filt&amp;rar:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter text</source>
        <translation>Texto del filtro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person filter</source>
        <translation>Filtro de persona</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} fro&amp;m:</source>
        <translation>{0} des&amp;de:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} from</source>
        <translation>{0} desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t&amp;o:</source>
        <translation>&amp;hasta:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} to</source>
        <translation>{0} hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear filter</source>
        <translation>&amp;Borrar filtro</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the last status change</source>
        <translation>Deshacer el último cambio de estado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} list</source>
        <translation>Lista: {0}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy row</source>
        <translation>&amp;Copiar fila</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark &amp;done</source>
        <translation>Marcar c&amp;umplido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Vacate</source>
        <translation>&amp;Dejar sin efecto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo status change</source>
        <translation>&amp;Deshacer el cambio de estado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set &amp;status</source>
        <translation>Cambiar &amp;estado</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nothing matches the filter.</source>
        <translation>Nada coincide con el filtro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Matching: more than {0} of {1}</source>
        <translation>Coinciden: más de {0} de {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matching: at least {0} of {1}</source>
        <translation>Coinciden: al menos {0} de {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matching: {0} of {1}</source>
        <translation>Coinciden: {0} de {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total: {0}</source>
        <translation>Total: {0}</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Status set to {0}: {1}</source>
        <translation>Estado cambiado a {0}: {1}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Undone: the status is as it was.</source>
        <translation>Deshecho: el estado es el de antes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Actions on the selected rows</source>
        <translation>Acciones sobre las filas seleccionadas</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../gui/pages/key_dialogs.py" line="+134"/>
        <source>New recovery key</source>
        <translation>Nueva clave de recuperación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;New recovery key — write it down now and keep it in the office safe.&lt;/b&gt; It opens the vault if every passphrase is forgotten; Quash cannot show it again. The recovery sheet printed before opens nothing written from now on.</source>
        <translation>&lt;b&gt;Nueva clave de recuperación: anótela ahora y guárdela en la caja fuerte de la oficina.&lt;/b&gt; Abre la bóveda si se olvidan todas las frases de contraseña; Quash no puede volver a mostrarla. La hoja de recuperación impresa antes no abre nada de lo que se escriba desde ahora.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <location filename="../gui/recovery_key.py" line="+52"/>
        <source>Preparing the fonts the sheet prints with (once on this computer, a minute or two)…</source>
        <translation>Preparando las fuentes con las que se imprime la hoja (una sola vez en este equipo; uno o dos minutos)…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&lt;b&gt;New recovery key — write it down now and keep it in the office safe.&lt;/b&gt; It opens the restored vault if the passphrase is forgotten; Quash cannot show it again.</source>
        <translation>&lt;b&gt;Nueva clave de recuperación: anótela ahora y guárdela en la caja fuerte de la oficina.&lt;/b&gt; Abre la bóveda restaurada si se olvida la frase de contraseña; Quash no puede volver a mostrarla.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print recovery sheet…</source>
        <translation>&amp;Imprimir hoja de recuperación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery sheet to print</source>
        <translation>Guardar la hoja de recuperación para imprimirla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery sheet</source>
        <translation>Hoja de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem saving the recovery sheet</source>
        <translation>Problema al guardar la hoja de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have &amp;written the key down or printed the sheet</source>
        <translation>He &amp;anotado la clave o impreso la hoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have written the key down</source>
        <translation>He anotado la clave</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last group of the recovery key</source>
        <translation>Último grupo de la clave de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does the last group match</source>
        <translation>¿Coincide el último grupo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the key&apos;s &amp;last group of four, from your copy:</source>
        <translation>Escriba el ú&amp;ltimo grupo de cuatro de la clave, desde su copia:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is still needed</source>
        <translation>Lo que aún falta</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>✓ Matches the key.</source>
        <translation>✓ Coincide con la clave.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not the key&apos;s last group.</source>
        <translation>Ese no es el último grupo de la clave.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write the recovery key down (or print the sheet), tick the box and type its last group before closing: Quash cannot show it again.</source>
        <translation>Anote la clave de recuperación (o imprima la hoja), marque la casilla y escriba su último grupo antes de cerrar: Quash no puede volver a mostrarla.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the recovery sheet</source>
        <translation>Guardar la hoja de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saved to %1. Print it and put it in the office safe, then delete the file: a copy left on a computer can open the vault.</source>
        <translation>Guardada en %1. Imprímala y guárdela en la caja fuerte de la oficina; después borre el archivo: una copia olvidada en una computadora puede abrir la bóveda.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../gui/wizard/recovery.py" line="+39"/>
        <source>Write down the recovery key</source>
        <translation>Anote la clave de recuperación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It opens the vault if the passphrase is forgotten. Quash shows it only now and can never show it again. Anyone who has it can open the vault.</source>
        <translation>Abre la bóveda si se olvida la frase de contraseña. Quash la muestra solo ahora y nunca podrá volver a mostrarla. Cualquiera que la tenga puede abrir la bóveda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was restored</source>
        <translation>Qué se restauró</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning about the restored audit log</source>
        <translation>Advertencia sobre el registro de auditoría restaurado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print recovery sheet…</source>
        <translation>&amp;Imprimir hoja de recuperación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery sheet to print</source>
        <translation>Guardar la hoja de recuperación para imprimirla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery sheet</source>
        <translation>Hoja de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem saving the recovery sheet</source>
        <translation>Problema al guardar la hoja de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have &amp;written the key down or printed the sheet</source>
        <translation>He &amp;anotado la clave o impreso la hoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have written the key down</source>
        <translation>He anotado la clave</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last group of the recovery key</source>
        <translation>Último grupo de la clave de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does the last group match</source>
        <translation>¿Coincide el último grupo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the key&apos;s &amp;last group of four, from your copy:</source>
        <translation>Escriba el ú&amp;ltimo grupo de cuatro de la clave, desde su copia:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;member on this computer</source>
        <translation>&amp;Recordar en esta computadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember on this computer</source>
        <translation>Recordar en esta computadora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anyone who can log in as you on this computer can open the vault without the passphrase.</source>
        <translation>Cualquiera que pueda iniciar sesión como usted en esta computadora podrá abrir la bóveda sin la frase de contraseña.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem finishing</source>
        <translation>Problema al terminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The restored vault has a new recovery key: the old sheet does not open it. Quash shows it only now and can never show it again. Anyone who has it can open the vault.</source>
        <translation>La bóveda restaurada tiene una nueva clave de recuperación: la hoja anterior no la abre. Quash la muestra solo ahora y nunca podrá volver a mostrarla. Cualquiera que la tenga puede abrir la bóveda.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>✓ Matches the key.</source>
        <translation>✓ Coincide con la clave.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not the key&apos;s last group.</source>
        <translation>Ese no es el último grupo de la clave.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the recovery sheet</source>
        <translation>Guardar la hoja de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saved to %1. Print it and put it in the office safe, then delete the file: a copy left on a computer can open the vault.</source>
        <translation>Guardada en %1. Imprímala y guárdela en la caja fuerte de la oficina; después borre el archivo: una copia olvidada en una computadora puede abrir la bóveda.</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <location filename="../gui/reminders.py" line="-198"/>
        <source>Deadline reminders</source>
        <translation>Recordatorios de plazos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>3 days before</source>
        <translation>3 días antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day before</source>
        <translation>1 día antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The morning of the due day</source>
        <translation>La mañana del día del vencimiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>While Quash is open and unlocked, it reminds you of your deadlines and of unassigned ones. Calendar exports carry the same alarms, at 9:00 on the days before; the due day&apos;s own alarm rings as that day begins, because Outlook keeps no alarm set after an all-day event starts. Kept for you on this computer.</source>
        <translation>Mientras Quash está abierto y desbloqueado, le recuerda sus plazos y los que no tienen responsable. Los calendarios exportados llevan las mismas alarmas, a las 9:00 de los días anteriores; la alarma del propio día de vencimiento suena al comenzar ese día, porque Outlook no conserva ninguna alarma posterior al inicio de un evento de todo el día. Se guarda para usted en este equipo.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../gui/pages/reports_page.py" line="+73"/>
        <source>Deadline report</source>
        <translation>Informe de plazos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matter summary</source>
        <translation>Resumen del asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subpoena register</source>
        <translation>Registro de citaciones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attorney</source>
        <translation>Abogado/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>Matter</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Cumplidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vacated</source>
        <translation>Sin efecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print how each date was computed (explanation trail)</source>
        <translation>Imprimir cómo se calculó cada fecha (explicación paso a paso)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Include clients&apos; legal names</source>
        <translation>Incluir los nombres legales de los clientes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legal names are sealed. With this box ticked they are printed on every page that shows the client, the report says so, and the audit log records that you asked for them. Keep the printout under lock.</source>
        <translation>Los nombres legales están bajo sello. Con esta casilla marcada se imprimen en cada página que muestra al cliente, el informe lo indica y el registro de auditoría anota que usted los pidió. Guarde la copia impresa bajo llave.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save PDF as…</source>
        <translation>Guardar PDF como…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export calendar (.ics)…</source>
        <translation>Exportar calendario (.ics)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export deadlines (CSV)…</source>
        <translation>Exportar plazos (CSV)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export subpoenas (CSV)…</source>
        <translation>Exportar citaciones (CSV)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+158"/>
        <source>Due from</source>
        <translation>Vencen desde</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export for other programs (nothing leaves this computer)</source>
        <translation>Exportar para otros programas (nada sale de esta computadora)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Informes&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved reports and exports are not encrypted. Every one is recorded in the audit log; delete files when done.</source>
        <translation>Los informes y exportaciones guardados no están cifrados. Cada uno queda en el registro de auditoría; borre los archivos cuando termine.</translation>
    </message>
    <message>
        <location line="+91"/>
        <location line="+3"/>
        <location line="+47"/>
        <location line="+107"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>All matters</source>
        <translation>Todos los asuntos</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Issued from</source>
        <translation>Emitidas desde</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check the dates: {0}.</source>
        <translation>Revise las fechas: {0}.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+19"/>
        <source>Choose the matter to summarize.</source>
        <translation>Elija el asunto que desea resumir.</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saved {0}: {1}.</source>
        <translation>Guardado {0}: {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {0}.</source>
        <translation>Guardado {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is not encrypted and includes clients&apos; legal names; delete it when done.</source>
        <translation>No está cifrado e incluye los nombres legales de los clientes; bórrelo cuando termine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is not encrypted; delete it when done.</source>
        <translation>No está cifrado; bórrelo cuando termine.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Canceled; nothing was saved.</source>
        <translation>Cancelado; no se guardó nada.</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Save report as</source>
        <translation>Guardar informe como</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparing the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from {0} on</source>
        <translation>desde el {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until {0}</source>
        <translation>hasta el {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any date</source>
        <translation>cualquier fecha</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n subpoena(s)</source>
        <translation>
            <numerusform>%n citación</numerusform>
            <numerusform>%n citaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>%n plazo</numerusform>
            <numerusform>%n plazos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No subpoenas match ({0}); no file was written.</source>
        <translation>Ninguna citación coincide ({0}); no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No deadlines match ({0}); no file was written.</source>
        <translation>Ningún plazo coincide ({0}); no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export calendar as</source>
        <translation>Exportar calendario como</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing calendar events…</source>
        <translation>Escribiendo eventos del calendario…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export list as</source>
        <translation>Exportar lista como</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing the list…</source>
        <translation>Escribiendo la lista…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{0}… {1} of {2}</source>
        <translation>{0}… {1} de {2}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../gui/pages/backup_dialogs.py" line="+210"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder of the restored vault</source>
        <translation>Carpeta de la bóveda restaurada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore into:</source>
        <translation>Restaurar en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passphrase for the restored vault</source>
        <translation>frase de contraseña de la bóveda restaurada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New vault passphrase</source>
        <translation>Nueva frase de contraseña de la bóveda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same again</source>
        <translation>la misma otra vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New vault passphrase again</source>
        <translation>Nueva frase de contraseña de la bóveda, otra vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New vault passphrase:</source>
        <translation>Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again:</source>
        <translation>Otra vez:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If that folder holds a vault, replace it (it is kept beside, renamed)</source>
        <translation>Si esa carpeta contiene una bóveda, reemplazarla (se conserva al lado, con otro nombre)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restored vault {0}</source>
        <translation>Bóveda restaurada {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore into which folder?</source>
        <translation>¿En qué carpeta restaurar?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restored vault</source>
        <translation>Bóveda restaurada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the folder for the restored vault.</source>
        <translation>Elija la carpeta de la bóveda restaurada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That is the vault open now; restore into another folder.</source>
        <translation>Esa es la bóveda abierta ahora; restaure en otra carpeta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the backup&apos;s passphrase.</source>
        <translation>Escriba la frase de contraseña de la copia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two new passphrases differ.</source>
        <translation>Las dos frases de contraseña nuevas no coinciden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} already holds a vault. Choose a new folder, or tick the box to replace it (the old one is kept beside it, renamed).</source>
        <translation>{0} ya contiene una bóveda. Elija una carpeta nueva, o marque la casilla para reemplazarla (la anterior se conserva al lado, con otro nombre).</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Restored into {0}.</source>
        <translation>Restaurada en {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault that was there is kept at {0}.</source>
        <translation>La bóveda que había allí se conserva en {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its schema was upgraded to this version of Quash.</source>
        <translation>Su esquema se actualizó a esta versión de Quash.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit log intact: it ends exactly where the backup recorded.</source>
        <translation>Registro de auditoría íntegro: termina exactamente donde lo anotó la copia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: {0}</source>
        <translation>Advertencia: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1}</translation>
    </message>
</context>
<context>
    <name>RestoreLocationPage</name>
    <message>
        <location filename="../gui/wizard/restore.py" line="+59"/>
        <source>Where to put the vault</source>
        <translation>Dónde poner la bóveda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a new or empty folder for the restored vault. It is encrypted, so it may sit on a shared drive; it is only as safe as its passphrase.</source>
        <translation>Elija una carpeta nueva o vacía para la bóveda restaurada. Está cifrada, así que puede estar en una unidad compartida; es tan segura como su frase de contraseña.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of the restored vault</source>
        <translation>Carpeta de la bóveda restaurada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for the folder</source>
        <translation>Buscar la carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About the folder</source>
        <translation>Sobre la carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace the vault in this folder (it is kept beside it, renamed)</source>
        <translation>&amp;Reemplazar la bóveda de esta carpeta (se conserva al lado, con otro nombre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem with the folder</source>
        <translation>Problema con la carpeta</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Quash will make this folder.</source>
        <translation>Quash creará esta carpeta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This folder is empty: the vault will be restored into it.</source>
        <translation>Esta carpeta está vacía: la bóveda se restaurará en ella.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This folder holds a Quash vault.</source>
        <translation>Esta carpeta contiene una bóveda de Quash.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a folder for the restored vault</source>
        <translation>Elegir una carpeta para la bóveda restaurada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quash vault</source>
        <translation>Bóveda de Quash</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the folder&apos;s full path, or choose it with Browse…</source>
        <translation>Escriba la ruta completa de la carpeta, o elíjala con Examinar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already holds a Quash vault. Choose another folder, or tick “Replace the vault in this folder”: the vault there is then kept beside it, renamed.</source>
        <translation>%1 ya contiene una bóveda de Quash. Elija otra carpeta, o marque «Reemplazar la bóveda de esta carpeta»: la bóveda que hay allí se conserva entonces al lado, con otro nombre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already holds files. Quash restores a vault only into a new or empty folder, or in place of a vault.</source>
        <translation>%1 ya contiene archivos. Quash solo restaura una bóveda en una carpeta nueva o vacía, o en lugar de otra bóveda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quash cannot look inside %1. Choose another folder.</source>
        <translation>Quash no puede ver el contenido de %1. Elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>RestoreRunPage</name>
    <message>
        <location line="+89"/>
        <source>Ready to restore</source>
        <translation>Listo para restaurar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quash checks the whole backup before the vault appears. If anything fails, or you cancel, nothing is left behind.</source>
        <translation>Quash comprueba toda la copia antes de que aparezca la bóveda. Si algo falla, o usted cancela, no queda nada a medias.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup to restore</source>
        <translation>Copia que se restaurará</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of the restored vault</source>
        <translation>Carpeta de la bóveda restaurada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose key it becomes</source>
        <translation>De quién será la clave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the restore is doing</source>
        <translation>Qué está haciendo la restauración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore progress</source>
        <translation>Progreso de la restauración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The restored vault&apos;s new recovery key. Next, you write it down:</source>
        <translation>La nueva clave de recuperación de la bóveda restaurada. A continuación la anotará:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem restoring</source>
        <translation>Problema al restaurar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup:</source>
        <translation>Copia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into:</source>
        <translation>En:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key holder:</source>
        <translation>Titular de la clave:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0}, made {1}</source>
        <translation>{0}, hecha el {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}, in place of the vault there (which is kept beside it, renamed)</source>
        <translation>{0}, en lugar de la bóveda que hay allí (que se conserva al lado, con otro nombre)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}, under the new passphrase</source>
        <translation>{0}, con la nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Putting the restored vault in its folder…</source>
        <translation>Colocando la bóveda restaurada en su carpeta…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Canceled: nothing was restored.</source>
        <translation>Cancelado: no se restauró nada.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Restored into {0}.</source>
        <translation>Restaurada en {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault that was there is kept at {0}.</source>
        <translation>La bóveda que había allí se conserva en {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} holds its one key, as {1}.</source>
        <translation>{0} tiene su única clave, como {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its audit log is intact.</source>
        <translation>Su registro de auditoría está íntegro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: its audit log does not end where the backup recorded: {0}</source>
        <translation>Advertencia: su registro de auditoría no termina donde lo anotó la copia: {0}</translation>
    </message>
</context>
<context>
    <name>RestorerPage</name>
    <message>
        <location line="-257"/>
        <source>Your key to the restored vault</source>
        <translation>Su clave de la bóveda restaurada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The restored vault has one key, and it becomes yours: your name and a new passphrase that only you know. An admin then gives the others in the office their keys again.</source>
        <translation>La bóveda restaurada tiene una sola clave, y pasa a ser suya: su nombre y una nueva frase de contraseña que solo usted conoce. Después, un administrador vuelve a dar sus claves a los demás de la oficina.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type it as the office&apos;s staff list has it: if your name is on the list you keep your role; a name that is not on it becomes the vault&apos;s admin.</source>
        <translation>Escríbalo como figura en la lista del personal de la oficina: si su nombre está en la lista, conserva su función; un nombre que no esté en ella pasa a ser el administrador de la bóveda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
</context>
<context>
    <name>RotateDialog</name>
    <message>
        <location filename="../gui/pages/security_section.py" line="-115"/>
        <source>Rotate the data key</source>
        <translation>Rotar la clave de datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault is put under a new data key and every key slot is resealed to it. Every passphrase and the recovery key keep working; old copies of the key file, and the data key an older backup holds, open nothing written afterwards. Rotate when a copy of the key file, or a computer that had the vault open, may be in someone else&apos;s hands.</source>
        <translation>La bóveda pasa a una nueva clave de datos y cada ranura de clave se vuelve a sellar con ella. Todas las frases de contraseña y la clave de recuperación siguen funcionando; las copias antiguas del archivo de claves, y la clave de datos que guarda una copia de seguridad anterior, no abren nada de lo que se escriba después. Rote la clave cuando una copia del archivo de claves, o una computadora que tuvo la bóveda abierta, pueda estar en manos de otra persona.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Rotate</source>
        <translation>&amp;Rotar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Putting the vault under a new data key…</source>
        <translation>Pasando la bóveda a una nueva clave de datos…</translation>
    </message>
</context>
<context>
    <name>RulePeriods</name>
    <message numerus="yes">
        <location filename="../gui/vocabulary.py" line="+313"/>
        <source>%n day(s) after</source>
        <translation>
            <numerusform>%n día después</numerusform>
            <numerusform>%n días después</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n día antes</numerusform>
            <numerusform>%n días antes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n court day(s) after</source>
        <translation>
            <numerusform>%n día hábil judicial después</numerusform>
            <numerusform>%n días hábiles judiciales después</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n court day(s) before</source>
        <translation>
            <numerusform>%n día hábil judicial antes</numerusform>
            <numerusform>%n días hábiles judiciales antes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hour(s) after</source>
        <translation>
            <numerusform>%n hora después</numerusform>
            <numerusform>%n horas después</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n hora antes</numerusform>
            <numerusform>%n horas antes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SealedInput</name>
    <message>
        <location filename="../gui/editors/sealed.py" line="+106"/>
        <location line="+95"/>
        <source>&amp;Reveal</source>
        <translation>&amp;Revelar</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Reveal {0}</source>
        <translation>Revelar {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the sealed value for a short while; the audit log records it.</source>
        <translation>Mostrar el dato bajo sello durante un momento; el registro de auditoría lo anota.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy {0}</source>
        <translation>Copiar {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the revealed value; it leaves the clipboard after 30 seconds.</source>
        <translation>Copiar el dato revelado; se quita del portapapeles a los 30 segundos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+92"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Edit {0}</source>
        <translation>Editar {0}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Sealed</source>
        <translation>Bajo sello</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not on file</source>
        <translation>No consta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sealed: on file, hidden until revealed</source>
        <translation>Bajo sello: consta, oculto hasta que se revele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing on file</source>
        <translation>No consta nada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sealed again in {0} s</source>
        <translation>Vuelve a quedar bajo sello en {0} s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sealed once saved: hidden until someone reveals it</source>
        <translation>Queda bajo sello al guardar: oculto hasta que alguien lo revele</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sealed once saved.</source>
        <translation>Queda bajo sello al guardar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Revealed; seals itself again shortly</source>
        <translation>Revelado; vuelve a quedar bajo sello en breve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copied; the clipboard is cleared in {0} s</source>
        <translation>Copiado; el portapapeles se vacía en {0} s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Being edited; sealed again when saved</source>
        <translation>En edición; vuelve a quedar bajo sello al guardar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Editing; sealed again when saved.</source>
        <translation>En edición; vuelve a quedar bajo sello al guardar.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../gui/search.py" line="+221"/>
        <source>Search matters, clients, handles, case numbers, notes…</source>
        <translation>Buscar asuntos, clientes, usuarios, números de caso, notas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search records</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results appear below as you type; press Down to choose one, Enter to open.</source>
        <translation>Los resultados aparecen debajo mientras escribe; pulse Abajo para elegir uno e Intro para abrirlo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <location line="-90"/>
        <source>Nothing found</source>
        <translation>No se encontró nada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Found in its notes or text: {0}</source>
        <translation>Encontrado en sus notas o texto: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show the next {0} of them</source>
        <translation>Mostrar los {0} siguientes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Matters: {0} more…</source>
        <translation>Asuntos: {0} más…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients: {0} more…</source>
        <translation>Clientes: {0} más…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts: {0} more…</source>
        <translation>Cuentas: {0} más…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subpoenas: {0} more…</source>
        <translation>Citaciones: {0} más…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines: {0} more…</source>
        <translation>Plazos: {0} más…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docket events: {0} more…</source>
        <translation>Actuaciones: {0} más…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} more…</source>
        <translation>{0} más…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} on {1}</source>
        <translation>{0} en {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}, issued {1}</source>
        <translation>{0}, emitida el {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}, due {1}</source>
        <translation>{0}, vence el {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{1}: {0}</source>
        <translation>{1}: {0}</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <location filename="../gui/pages/security_section.py" line="+116"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrases that open the vault</source>
        <translation>Frases de contraseña que abren la bóveda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recovery key</source>
        <translation>La clave de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each way of unlocking is a key slot in the vault&apos;s key file (quash.keys): it holds the data key, sealed under its own key.</source>
        <translation>Cada forma de desbloquear es una ranura de clave en el archivo de claves de la bóveda (quash.keys): guarda la clave de datos, sellada con su propia clave.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People with a passphrase of their own:</source>
        <translation>Personas con frase de contraseña propia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key:</source>
        <translation>Clave de recuperación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer:</source>
        <translation>Esta computadora:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ro&amp;tate the data key…</source>
        <translation>Ro&amp;tar la clave de datos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a &amp;new recovery sheet…</source>
        <translation>Imprimir una &amp;nueva hoja de recuperación…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only an admin rotates the data key or prints a new recovery sheet.</source>
        <translation>Solo un/a administrador/a rota la clave de datos o imprime una nueva hoja de recuperación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forget this computer…</source>
        <translation>&amp;Olvidar esta computadora…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop this computer&apos;s keychain unlocking the vault for you</source>
        <translation>Hacer que el llavero de esta computadora deje de desbloquear la bóveda para usted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remem&amp;ber on this computer…</source>
        <translation>Recordar en esta comp&amp;utadora…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let this computer&apos;s keychain unlock the vault for you</source>
        <translation>Permitir que el llavero de esta computadora desbloquee la bóveda para usted</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was done</source>
        <translation>Lo que se hizo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{0} of the {1} on the list, one key slot each.</source>
        <translation>{0} de las {1} de la lista, una ranura de clave cada una.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The office&apos;s shared passphrase, from before people had keys, opens it too.</source>
        <translation>La frase de contraseña compartida de la oficina, de antes de que cada persona tuviera clave, también la abre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opens the vault (the printed recovery sheet). Keep it in the office safe.</source>
        <translation>Abre la bóveda (la hoja de recuperación impresa). Guárdela en la caja fuerte de la oficina.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None: the key file has no recovery slot.</source>
        <translation>Ninguna: el archivo de claves no tiene ranura de recuperación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remembers the vault for you: its keychain unlocks it without your passphrase, for anyone who can log in as you here.</source>
        <translation>Recuerda la bóveda para usted: su llavero la desbloquea sin su frase de contraseña, para cualquiera que pueda iniciar sesión como usted aquí.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Does not remember the vault for you: you type your passphrase.</source>
        <translation>No recuerda la bóveda para usted: usted escribe su frase de contraseña.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The vault is under a new data key. Every passphrase and the recovery key still open it; old copies of the key file open nothing written from now on.</source>
        <translation>La bóveda está bajo una nueva clave de datos. Todas las frases de contraseña y la clave de recuperación la siguen abriendo; las copias antiguas del archivo de claves no abren nada de lo que se escriba desde ahora.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The vault is under a new recovery key. Destroy the recovery sheet printed before once the new one is in the office safe.</source>
        <translation>La bóveda está bajo una nueva clave de recuperación. Destruya la hoja de recuperación impresa antes cuando la nueva esté en la caja fuerte de la oficina.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Forget this computer? Its keychain will no longer unlock the vault for you: you type your passphrase at each unlock. Nobody else&apos;s way in changes.</source>
        <translation>¿Olvidar esta computadora? Su llavero ya no desbloqueará la bóveda para usted: escribirá su frase de contraseña cada vez que desbloquee. La forma de entrar de las demás personas no cambia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget this computer</source>
        <translation>Olvidar esta computadora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer no longer remembers the vault for you.</source>
        <translation>Esta computadora ya no recuerda la bóveda para usted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgetting this computer…</source>
        <translation>Olvidando esta computadora…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remember the vault on this computer? Anyone who can log in as you on this computer can then open the vault without the passphrase.</source>
        <translation>¿Recordar la bóveda en esta computadora? Cualquiera que pueda iniciar sesión como usted en esta computadora podrá entonces abrir la bóveda sin la frase de contraseña.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remember on this computer</source>
        <translation>Recordar en esta computadora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer remembers the vault for you: its keychain unlocks it.</source>
        <translation>Esta computadora recuerda la bóveda para usted: su llavero la desbloquea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remembering the vault on this computer…</source>
        <translation>Recordando la bóveda en esta computadora…</translation>
    </message>
</context>
<context>
    <name>ServiceMethod</name>
    <message>
        <location filename="../gui/vocabulary.py" line="-253"/>
        <source>Electronic</source>
        <translation>Electrónica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By hand</source>
        <translation>En mano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By mail</source>
        <translation>Por correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left with the clerk</source>
        <translation>Entregada en la secretaría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other means consented to</source>
        <translation>Otro medio aceptado</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../gui/pages/settings_page.py" line="+15"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was saved</source>
        <translation>Lo que se guardó</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Language of the interface</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spanish is unavailable: its translation file ({0}) has not been built. “make run” builds it; see “Language / Idioma” in the README.</source>
        <translation>El español no está disponible: su archivo de traducción ({0}) no se ha compilado. «make run» lo compila; vea «Language / Idioma» en el README.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Applies at once; open records stay open. Kept for you on this computer, not in the vault.</source>
        <translation>Se aplica al instante; los registros abiertos siguen abiertos. Se guarda para usted en esta computadora, no en la bóveda.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A report, export or backup is still being written. Change the language when it has finished.</source>
        <translation>Todavía se está escribiendo un informe, una exportación o una copia. Cambie el idioma cuando termine.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The interface is now in {0}.</source>
        <translation>La interfaz ahora está en {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spanish could not be loaded, so the interface stays in English.</source>
        <translation>No se pudo cargar el español, así que la interfaz sigue en inglés.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This office</source>
        <translation>Esta oficina</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office name</source>
        <translation>Nombre de la oficina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Office name:</source>
        <translation>Nombre de la &amp;oficina:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock after minutes without use</source>
        <translation>Bloquear tras minutos sin uso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock the vault after:</source>
        <translation>&amp;Bloquear la bóveda tras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>without keyboard or mouse use, and whenever the computer sleeps.</source>
        <translation>sin usar el teclado ni el ratón, y siempre que la computadora entre en reposo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default court calendar</source>
        <translation>Calendario judicial predeterminado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Default &amp;calendar:</source>
        <translation>&amp;Calendario predeterminado:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default rule set</source>
        <translation>Conjunto de reglas predeterminado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default &amp;rule set:</source>
        <translation>Conjunto de &amp;reglas predeterminado:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days the court or clerk&apos;s office was closed</source>
        <translation>Días en que el tribunal o la secretaría estuvo cerrado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A closure day counts as closed when a period ends on it (FRCP 6(a)(3)), for the court it names or for every court. Adding or removing one recounts the open deadlines it touches; each date that moves waits on the Deadlines page for a person to confirm it.</source>
        <translation>Un día de cierre cuenta como cerrado cuando un plazo termina en él (FRCP 6(a)(3)), para el tribunal que indica o para todos. Añadir o quitar uno vuelve a contar los plazos abiertos a los que afecta; cada fecha que cambia espera en la página Plazos a que una persona la confirme.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closure days</source>
        <translation>Días de cierre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closure day</source>
        <translation>Día de cierre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why, e.g. “Snow: clerk&apos;s office closed”</source>
        <translation>Por qué, p. ej. «Nieve: secretaría cerrada»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the closure</source>
        <translation>Motivo del cierre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Court that was closed</source>
        <translation>Tribunal que estuvo cerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every court</source>
        <translation>Todos los tribunales</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;closure day</source>
        <translation>A&amp;gregar día de cierre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected closure day</source>
        <translation>Quitar el día de cierre seleccionado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Da&amp;y:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Co&amp;urt:</source>
        <translation>Trib&amp;unal:</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Saved the office name.</source>
        <translation>Se guardó el nombre de la oficina.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Saved: the vault locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>Guardado: la bóveda se bloquea tras %n minuto sin uso.</numerusform>
            <numerusform>Guardado: la bóveda se bloquea tras %n minutos sin uso.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved: where neither the matter nor a local rule names a court, new deadlines count by the calendar of {0}.</source>
        <translation>Guardado: cuando ni el asunto ni una regla local indican un tribunal, los nuevos plazos se cuentan según el calendario de {0}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved the default rule set.</source>
        <translation>Se guardó el conjunto de reglas predeterminado.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No open deadline changed.</source>
        <translation>Ningún plazo abierto cambió.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Moved: %n open deadline(s), marked on the Deadlines page for you to confirm.</source>
        <translation>
            <numerusform>Cambió %n plazo abierto, marcado en la página Plazos para que lo confirme.</numerusform>
            <numerusform>Cambiaron %n plazos abiertos, marcados en la página Plazos para que los confirme.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Added {0} as a closure day.</source>
        <translation>Se agregó el {0} como día de cierre.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove {0} as a closure day? Open deadlines counted across it are counted again, and each that moves waits for a person to confirm it.</source>
        <translation>¿Quitar el {0} como día de cierre? Los plazos abiertos que lo cruzan se vuelven a calcular, y cada uno que cambie espera a que una persona lo confirme.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} is no longer a closure day.</source>
        <translation>El {0} ya no es día de cierre.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../gui/help.py" line="-202"/>
        <source>In a list</source>
        <translation>En una lista</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In an editor</source>
        <translation>En un editor</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>StaffRole</name>
    <message>
        <location filename="../gui/vocabulary.py" line="-11"/>
        <source>Attorney</source>
        <translation>Abogado/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paralegal</source>
        <translation>Asistente legal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin</source>
        <translation>Administrador/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer</source>
        <translation>Voluntario/a</translation>
    </message>
</context>
<context>
    <name>StatusChange</name>
    <message>
        <location filename="../gui/editors/labels.py" line="-48"/>
        <source>Marked done: {0}</source>
        <translation>Marcado como hecho: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vacated: {0}</source>
        <translation>Dejado sin efecto: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened: {0}</source>
        <translation>Reabierto: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>SubpoenaEditor</name>
    <message>
        <location filename="../gui/editors/subpoena_editor.py" line="+62"/>
        <source>Docket the &amp;motion to quash deadline…</source>
        <translation>Registrar el plazo de la &amp;moción para anular…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+68"/>
        <source>The motion must be on file before the compliance (return) date.</source>
        <translation>La moción debe presentarse antes de la fecha de cumplimiento.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>What it demands</source>
        <translation>Qué exige</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Targeted accounts</source>
        <translation>Cuentas afectadas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Save the subpoena first.</source>
        <translation>Guarde primero la citación.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Save the subpoena first, then attach its scans.</source>
        <translation>Guarde primero la citación y después adjunte sus escaneos.</translation>
    </message>
</context>
<context>
    <name>SubpoenaKind</name>
    <message>
        <location filename="../gui/vocabulary.py" line="-48"/>
        <source>Administrative subpoena</source>
        <translation>Citación administrativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customs summons (19 U.S.C. 1509)</source>
        <translation>Requerimiento aduanero (19 U.S.C. 1509)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grand jury subpoena</source>
        <translation>Citación del gran jurado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court order</source>
        <translation>Orden judicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search warrant</source>
        <translation>Orden de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civil subpoena</source>
        <translation>Citación civil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>SubpoenaStatus</name>
    <message>
        <location line="+3"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Challenged</source>
        <translation>Impugnada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quashed</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modified</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complied</source>
        <translation>Cumplida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Vencida</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../gui/tasks.py" line="+38"/>
        <source>Something went wrong ({0}); nothing more was changed.</source>
        <translation>Algo salió mal ({0}); no se cambió nada más.</translation>
    </message>
</context>
<context>
    <name>TemplateDetailsDialog</name>
    <message>
        <location filename="../gui/pages/templates_section.py" line="-51"/>
        <source>Add a template</source>
        <translation>Añadir una plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quash checks {0} before keeping it in the vault.</source>
        <translation>Quash comprueba {0} antes de guardarlo en la bóveda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language the template is written in</source>
        <translation>Idioma en que está escrita la plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <location line="-36"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whose</source>
        <translation>De quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ships with Quash</source>
        <translation>viene con Quash</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the office&apos;s</source>
        <translation>de la oficina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>by {0} on {1}</source>
        <translation>por {0} el {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on {0}</source>
        <translation>el {0}</translation>
    </message>
</context>
<context>
    <name>TemplatesSection</name>
    <message>
        <location line="+72"/>
        <location line="+14"/>
        <source>Draft templates</source>
        <translation>Plantillas de borradores</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Drafts are made from these Word documents. An office&apos;s own template is checked before it is kept in the vault: it may name only the merge fields Quash fills in. The ones that ship with Quash cannot be removed.</source>
        <translation>Los borradores se hacen a partir de estos documentos de Word. Una plantilla propia de la oficina se comprueba antes de guardarla en la bóveda: solo puede nombrar los campos de combinación que Quash completa. Las que vienen con Quash no se pueden quitar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A&amp;dd a template…</source>
        <translation>Aña&amp;dir una plantilla…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected template</source>
        <translation>Quitar la plantilla seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge fields…</source>
        <translation>Campos de combinación…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This template ships with Quash and cannot be removed.</source>
        <translation>Esta plantilla viene con Quash y no se puede quitar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select one of the office&apos;s templates.</source>
        <translation>Seleccione una de las plantillas de la oficina.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0} could not be read.</source>
        <translation>No se pudo leer {0}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Added the template {0}; drafts can now be made from it.</source>
        <translation>Se añadió la plantilla {0}; ya se pueden hacer borradores con ella.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove the template {0}? Drafts can no longer be made from it; drafts already saved are not touched.</source>
        <translation>¿Quitar la plantilla {0}? Ya no se podrán hacer borradores con ella; los borradores ya guardados no se tocan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed the template {0}.</source>
        <translation>Se quitó la plantilla {0}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a template</source>
        <translation>Añadir una plantilla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>ThumbnailList</name>
    <message>
        <location filename="../gui/viewer/thumbnails.py" line="+55"/>
        <source>Page {0}</source>
        <translation>Página {0}</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../gui/trash_dialog.py" line="+37"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted records stay here, with what was deleted with them, until the trash is emptied. Restoring puts them back as they were.</source>
        <translation>Los registros borrados quedan aquí, con lo que se borró con ellos, hasta que se vacíe la papelera. Al restaurarlos vuelven tal como estaban.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted records</source>
        <translation>Registros borrados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted with it</source>
        <translation>Borrado con él</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected record</source>
        <translation>Restaurar el registro elegido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Empty trash…</source>
        <translation>&amp;Vaciar la papelera…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>nothing else</source>
        <translation>nada más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} by {1}</source>
        <translation>{0}, por {1}</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The trash holds %n deleted record(s).</source>
        <translation>
            <numerusform>La papelera guarda %n registro borrado.</numerusform>
            <numerusform>La papelera guarda %n registros borrados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Restored: {0}</source>
        <translation>Restaurado: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Empty the trash? These will be deleted for good: {0}. This cannot be undone.</source>
        <translation>¿Vaciar la papelera? Se borrarán para siempre: {0}. No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <location filename="../gui/travel_dialog.py" line="+74"/>
        <source>Travel mode</source>
        <translation>Modo viaje</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Where to write the backup</source>
        <translation>Dónde escribir la copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>USB stick:</source>
        <translation>Memoria USB:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at least 10 characters; a few unrelated words</source>
        <translation>al menos 10 caracteres; unas palabras sin relación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same again</source>
        <translation>la misma otra vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup passphrase again</source>
        <translation>Frase de contraseña de la copia, otra vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup passphrase:</source>
        <translation>Frase de contraseña de la copia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again:</source>
        <translation>Otra vez:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Back up, then remove from this computer</source>
        <translation>Hacer la copia y quitar de esta computadora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>It writes a new encrypted backup of the whole vault to the USB stick you choose, under a backup passphrase.</source>
        <translation>Escribe una copia de seguridad nueva y cifrada de toda la bóveda en la memoria USB que usted elija, protegida por una frase de contraseña de la copia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It reads that backup back from the stick, in full, with the passphrase, and checks that it would restore.</source>
        <translation>Vuelve a leer esa copia desde la memoria, completa, con la frase de contraseña, y comprueba que se podría restaurar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only then it removes the vault from this computer (its database, its key file and its log) and this computer&apos;s keychain entry for it, and closes the vault.</source>
        <translation>Solo entonces quita la bóveda de esta computadora (su base de datos, su archivo de claves y su registro) y su entrada en el llavero de esta computadora, y cierra la bóveda.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Before you cross a border&lt;/b&gt;, travel mode takes the case file off this computer:</source>
        <translation>&lt;b&gt;Antes de cruzar una frontera&lt;/b&gt;, el modo viaje saca el archivo de casos de esta computadora:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If anything goes wrong before the last step (the stick is pulled out or full, the backup does not read back, or you cancel), nothing is removed and the vault stays as it is.</source>
        <translation>Si algo falla antes del último paso (se desconecta la memoria o está llena, la copia no se puede volver a leer, o usted cancela), no se quita nada y la bóveda queda como está.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Carry the stick apart from the laptop, and keep the backup passphrase in your head, not on either: without it nobody, not even you, can restore the case file.</source>
        <translation>Lleve la memoria separada de la computadora portátil, y memorice la frase de contraseña de la copia sin anotarla en ninguna de las dos: sin ella nadie, ni siquiera usted, puede restaurar el archivo de casos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No removable drive found: plug in a stick, or choose a folder</source>
        <translation>No se encontró ninguna unidad extraíble: conecte una memoria o elija una carpeta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back up to which folder?</source>
        <translation>¿En qué carpeta hacer la copia?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Folder {0} — {1} free</source>
        <translation>Carpeta {0} — {1} libres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder {0}</source>
        <translation>Carpeta {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This folder is on the same disk as the vault, so the backup would stay on this computer. Choose a USB stick to carry apart from the laptop.</source>
        <translation>Esta carpeta está en el mismo disco que la bóveda, así que la copia se quedaría en esta computadora. Elija una memoria USB para llevarla separada de la computadora portátil.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>An editor has unsaved changes. Save or close it first, so that they are in the backup.</source>
        <translation>Un editor tiene cambios sin guardar. Guárdelo o ciérrelo primero, para que estén en la copia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the USB stick (or a folder) to write the backup to.</source>
        <translation>Elija la memoria USB (o una carpeta) donde escribir la copia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Las dos frases de contraseña no coinciden; escriba la misma dos veces.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The backup on the stick was verified; the vault on this computer is locked and may be partly removed.</source>
        <translation>La copia en la memoria se verificó; la bóveda de esta computadora está bloqueada y puede estar quitada en parte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was removed: the vault on this computer is as it was.</source>
        <translation>No se quitó nada: la bóveda de esta computadora está como estaba.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Canceled. Nothing was removed: the vault on this computer is as it was.</source>
        <translation>Cancelado. No se quitó nada: la bóveda de esta computadora está como estaba.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The case file is off this computer.</source>
        <translation>El archivo de casos ya no está en esta computadora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup is verified, but some of the vault&apos;s files could not be removed.</source>
        <translation>La copia está verificada, pero algunos archivos de la bóveda no se pudieron quitar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no records</source>
        <translation>sin registros</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the stick: {0} ({1}), holding {2}. It was written, then read back in full with its passphrase.</source>
        <translation>En la memoria: {0} ({1}), con {2}. Se escribió y luego se volvió a leer completa con su frase de contraseña.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The audit log, as it was in the vault, is not intact: {0}</source>
        <translation>El registro de auditoría, tal como estaba en la bóveda, no está íntegro: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removed from this computer: {0} in {1}.</source>
        <translation>Se quitó de esta computadora: {0} en {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder itself is gone too.</source>
        <translation>La carpeta también se quitó.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not remove {0} ({1}): delete it by hand before you travel.</source>
        <translation>No se pudo quitar {0} ({1}): elimínelo a mano antes de viajar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quash itself stays installed, with its settings for this computer (the interface language, reminder times and the paths of vault folders opened here) and the report fonts in {0}. None of them holds case data.</source>
        <translation>Quash sigue instalado, con su configuración para esta computadora (el idioma de la interfaz, las horas de los recordatorios y las rutas de las carpetas de bóvedas abiertas aquí) y las fuentes de los informes en {0}. Nada de eso contiene datos de casos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left on this computer: nothing of the case file.</source>
        <translation>Queda en esta computadora: nada del archivo de casos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder also holds files that are not the vault&apos;s; they were left as they were: {0}.</source>
        <translation>La carpeta también contiene archivos que no son de la bóveda; se dejaron como estaban: {0}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Each file was overwritten before it was removed, but SSDs and journaling file systems may keep old blocks. What protects them is that the database is encrypted and its key file is gone.</source>
        <translation>Cada archivo se sobrescribió antes de quitarlo, pero los discos SSD y los sistemas de archivos con registro por diario pueden conservar bloques antiguos. Lo que los protege es que la base de datos está cifrada y su archivo de claves ya no existe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To restore after the trip, plug in the stick and run {0} (it asks for the backup passphrase, then a new passphrase for the restored vault, and shows its new recovery key). Or start Quash and choose Restore a backup, which it offers when it finds no vault to open.</source>
        <translation>Para restaurar después del viaje, conecte la memoria y ejecute {0} (pide la frase de contraseña de la copia, luego una nueva frase de contraseña para la bóveda restaurada, y muestra su nueva clave de recuperación). O inicie Quash y elija Restaurar una copia, que ofrece cuando no encuentra ninguna bóveda que abrir.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This computer&apos;s keychain no longer holds a key to the vault.</source>
        <translation>El llavero de esta computadora ya no guarda ninguna clave de la bóveda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault was not remembered in this computer&apos;s keychain.</source>
        <translation>La bóveda no estaba recordada en el llavero de esta computadora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s keychain could not be reached; a key it may still hold for the vault opens nothing without the key file, which is gone.</source>
        <translation>No se pudo acceder al llavero de esta computadora; una clave de la bóveda que aún pudiera guardar no abre nada sin el archivo de claves, que ya no existe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain may still hold keys other people saved for this vault; they open nothing without the key file, which is gone.</source>
        <translation>El llavero puede guardar aún claves que otras personas guardaron para esta bóveda; no abren nada sin el archivo de claves, que ya no existe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup itself is on this computer&apos;s disk, not on a separate stick: copy it to a stick and delete it here, or it travels with the laptop.</source>
        <translation>La copia misma está en el disco de esta computadora, no en una memoria aparte: cópiela a una memoria y elimínela aquí, o viajará con la computadora portátil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An older vault that a restore set aside is still at {0}: remove it too before you travel.</source>
        <translation>Una bóveda anterior que una restauración dejó aparte sigue en {0}: quítela también antes de viajar.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n report(s) or export(s) (was|were) saved from this vault. Quash does not know where they are now and did not remove them: delete any left on this computer.</source>
        <translation>
            <numerusform>Se guardó %n informe o exportación desde esta bóveda. Quash no sabe dónde está ahora y no lo quitó: elimínelo si sigue en esta computadora.</numerusform>
            <numerusform>Se guardaron %n informes o exportaciones desde esta bóveda. Quash no sabe dónde están ahora y no los quitó: elimine los que sigan en esta computadora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../gui/unlock.py" line="+175"/>
        <source>Unlock vault — Quash</source>
        <translation>Desbloquear bóveda — Quash</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock the vault</source>
        <translation>Desbloquear la bóveda</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vault folder: %1</source>
        <translation>Carpeta de la bóveda: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vault folder</source>
        <translation>Carpeta de la bóveda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From the recovery sheet in the office safe. Dashes, spaces and upper or lower case do not matter.</source>
        <translation>De la hoja de recuperación guardada en la caja fuerte de la oficina. Los guiones, los espacios y las mayúsculas o minúsculas no importan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recovery key:</source>
        <translation>Clave de &amp;recuperación:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use recovery &amp;key</source>
        <translation>Usar la &amp;clave de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use recovery key instead of the passphrase</source>
        <translation>Usar la clave de recuperación en lugar de la frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock problem</source>
        <translation>Problema al desbloquear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait before trying again</source>
        <translation>Espere antes de volver a intentarlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+134"/>
        <source>Checking the key…</source>
        <translation>Comprobando la clave…</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock with this computer&apos;s &amp;keychain</source>
        <translation>Desbloquear con el &amp;llavero de esta computadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock with this computer&apos;s keychain</source>
        <translation>Desbloquear con el llavero de esta computadora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Other vault…</source>
        <translation>&amp;Otra bóveda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or create another vault</source>
        <translation>Abrir o crear otra bóveda</translation>
    </message>
    <message numerus="yes">
        <location line="+155"/>
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>Puede volver a intentarlo en %n segundo.</numerusform>
            <numerusform>Puede volver a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../gui/pages/backup_dialogs.py" line="-247"/>
        <source>Verify a backup</source>
        <translation>Verificar una copia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the backup&apos;s passphrase.</source>
        <translation>Escriba la frase de contraseña de la copia.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verified: every byte is authenticated, the database inside passes its integrity check and its audit log is intact. This backup would restore.</source>
        <translation>Verificada: cada byte está autenticado, la base de datos que contiene supera su comprobación de integridad y su registro de auditoría está íntegro. Esta copia se podría restaurar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup decrypts, but its audit log is not intact: {0}</source>
        <translation>La copia se descifra, pero su registro de auditoría no está íntegro: {0}</translation>
    </message>
</context>
<context>
    <name>_BackupFileDialog</name>
    <message>
        <location line="-157"/>
        <source>the passphrase the backup was made with</source>
        <translation>la frase de contraseña con que se hizo la copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup passphrase:</source>
        <translation>Frase de contraseña de la copia:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Made {0} by Quash {1}; {2}. Whose it is and what it holds are sealed: they show once the backup passphrase opens it.</source>
        <translation>Hecha el {0} por Quash {1}; {2}. De quién es y qué contiene está sellado: se muestra cuando la frase de contraseña de la copia la abre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no office name)</source>
        <translation>(sin nombre de oficina)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}, made {1} by Quash {2}: {3}; {4}; {5}.</source>
        <translation>{0}, hecha el {1} por Quash {2}: {3}; {4}; {5}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no records</source>
        <translation>sin registros</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>_DocketingDialog</name>
    <message>
        <location filename="../gui/editors/deadline_dialogs.py" line="-665"/>
        <source>Subpoena</source>
        <translation>Citación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Court calendar</source>
        <translation>Calendario judicial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The court&apos;s: {0}, {1}</source>
        <translation>El del tribunal: {0}, {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic: a local rule&apos;s own court, otherwise {0}</source>
        <translation>Automático: el tribunal de la regla local, o si no {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length of the period in days</source>
        <translation>Duración del período en días</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+127"/>
        <source>Compliance date</source>
        <translation>Fecha de cumplimiento</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview message</source>
        <translation>Mensaje de la vista previa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Type the length of the period to see the date.</source>
        <translation>Escriba la duración del período para ver la fecha.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the subpoena&apos;s compliance date to see the date.</source>
        <translation>Escriba la fecha de cumplimiento de la citación para ver la fecha.</translation>
    </message>
</context>
<context>
    <name>_OwnPassphraseDialog</name>
    <message>
        <location filename="../gui/pages/security_section.py" line="-380"/>
        <source>Your passphrase</source>
        <translation>Su frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;passphrase:</source>
        <translation>Su &amp;frase de contraseña:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the passphrase you unlocked with.</source>
        <translation>Escriba la frase de contraseña con la que desbloqueó.</translation>
    </message>
</context>
<context>
    <name>_ProblemCount</name>
    <message numerus="yes">
        <location filename="../gui/editors/base.py" line="-428"/>
        <source>%n problems to fix; each is shown beside its field.</source>
        <translation>
            <numerusform>%n problemas por corregir; cada uno se muestra junto a su campo.</numerusform>
            <numerusform>%n problemas por corregir; cada uno se muestra junto a su campo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../gui/errors.py" line="+750"/>
        <source>reveal sealed names</source>
        <translation>revelar nombres bajo sello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see sealed fields</source>
        <translation>ver los campos bajo sello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete a matter</source>
        <translation>eliminar un asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage people</source>
        <translation>administrar a las personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage the vault&apos;s keys</source>
        <translation>administrar las claves de la bóveda</translation>
    </message>
</context>
<context>
    <name>amounts</name>
    <message>
        <location filename="../gui/amounts.py" line="+46"/>
        <source>{0} ({1}) — {2} free</source>
        <translation>{0} ({1}) — {2} libres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} ({1}) — {2} free, read-only</source>
        <translation>{0} ({1}) — {2} libres, solo lectura</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../gui/vocabulary.py" line="+343"/>
        <source>create</source>
        <translation>crear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change</source>
        <translation>cambiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete</source>
        <translation>eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reveal</source>
        <translation>revelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export</source>
        <translation>exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import</source>
        <translation>importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report</source>
        <translation>informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup</source>
        <translation>copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>docket</source>
        <translation>registrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recount</source>
        <translation>recontar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set by hand</source>
        <translation>fijar a mano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rotate</source>
        <translation>rotar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore from the trash</source>
        <translation>restaurar de la papelera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>vaciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict check</source>
        <translation>comprobación de conflictos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print</source>
        <translation>imprimir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matter</source>
        <translation>asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subpoena</source>
        <translation>citación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadline</source>
        <translation>plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>docket event</source>
        <translation>actuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff member</source>
        <translation>miembro del personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vault</source>
        <translation>bóveda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key slots</source>
        <translation>ranuras de clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passphrase</source>
        <translation>frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setting</source>
        <translation>ajuste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closure day</source>
        <translation>día de cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data key</source>
        <translation>clave de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup file</source>
        <translation>archivo de copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore</source>
        <translation>restauración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trash</source>
        <translation>papelera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>template</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deadline report</source>
        <translation>informe de plazos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subpoena register</source>
        <translation>registro de citaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matter summary</source>
        <translation>resumen del asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadline calendar</source>
        <translation>calendario de plazos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadline list</source>
        <translation>lista de plazos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subpoena list</source>
        <translation>lista de citaciones</translation>
    </message>
</context>
<context>
    <name>calendars</name>
    <message>
        <location line="-192"/>
        <source>Federal courts (FRCP 6(a)(6)(A)-(B))</source>
        <translation>Tribunales federales (FRCP 6(a)(6)(A)-(B))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Federal courts in the District of Columbia (adds D.C. holidays)</source>
        <translation>Tribunales federales del Distrito de Columbia (añade los feriados de D.C.)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Federal courts in Pennsylvania (adds state holidays for forward periods)</source>
        <translation>Tribunales federales de Pensilvania (añade feriados estatales en plazos hacia adelante)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Federal courts in Washington (adds state holidays for forward periods)</source>
        <translation>Tribunales federales de Washington (añade feriados estatales en plazos hacia adelante)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Federal courts in New York (adds state holidays for forward periods)</source>
        <translation>Tribunales federales de Nueva York (añade feriados estatales en plazos hacia adelante)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Federal courts in Illinois (adds state holidays for forward periods)</source>
        <translation>Tribunales federales de Illinois (añade feriados estatales en plazos hacia adelante)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Federal courts in Texas (adds state holidays for forward periods)</source>
        <translation>Tribunales federales de Texas (añade feriados estatales en plazos hacia adelante)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Federal courts in Oregon (adds state holidays for forward periods)</source>
        <translation>Tribunales federales de Oregón (añade feriados estatales en plazos hacia adelante)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Federal agencies (5 U.S.C. 6103(a) only: FOIA and agency periods)</source>
        <translation>Agencias federales (solo 5 U.S.C. 6103(a): FOIA y plazos de agencias)</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Federal courts in California (adds state holidays for forward periods)</source>
        <translation>Tribunales federales de California (agrega feriados estatales en plazos hacia adelante)</translation>
    </message>
</context>
<context>
    <name>editors</name>
    <message>
        <location filename="../gui/editors/__init__.py" line="+58"/>
        <source>There is no editor for {0}; expected one of: {1}.</source>
        <translation>No hay editor para {0}; se esperaba uno de: {1}.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../gui/errors.py" line="-728"/>
        <source>{field} is required.</source>
        <translation>{field}: este dato es obligatorio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is longer than {max} characters ({got}).</source>
        <translation>{field} tiene más de {max} caracteres ({got}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} is not a real date: {value}.</source>
        <translation>{field} no es una fecha real: {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be a date as YYYY-MM-DD, not {value}.</source>
        <translation>{field} debe ser una fecha AAAA-MM-DD, no {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} must be a time as HH:MM, not {value}.</source>
        <translation>{field} debe ser una hora HH:MM, no {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} ({date}) is before the date it was {other} ({then}).</source>
        <translation>{field} ({date}) es anterior a «{other}» ({then}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} &apos;{value}&apos; is already taken by another {record}.</source>
        <translation>{field} «{value}» ya lo usa otro registro ({record}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} must be text.</source>
        <translation>{field}: debe ser texto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is not valid Unicode text.</source>
        <translation>{field}: no es texto Unicode válido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} contains control characters.</source>
        <translation>{field}: contiene caracteres de control.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} holds a value Quash does not know for it.</source>
        <translation>{field} contiene un valor que Quash no conoce para ese campo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} must be one line, without control characters.</source>
        <translation>{field}: debe ser una sola línea, sin caracteres de control.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} must be a date, not a date and time.</source>
        <translation>{field}: debe ser una fecha, no una fecha y hora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} must fall between {first} and {last}, not {date}.</source>
        <translation>{field}: debe estar entre {first} y {last}, no {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} must be a whole number, not {value}.</source>
        <translation>{field}: debe ser un número entero, no {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} must be between {low} and {high}, not {value}.</source>
        <translation>{field}: debe estar entre {low} y {high}, no {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} must be yes or no, not {value}.</source>
        <translation>{field}: debe ser sí o no, no {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} cannot be &apos;{value}&apos;; choose one of: {allowed}.</source>
        <translation>{field} no puede ser «{value}»; elija una de estas opciones: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} must be a list.</source>
        <translation>{field}: debe ser una lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} lists the same thing twice.</source>
        <translation>{field}: aparece lo mismo dos veces.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must point at a record, not {value}.</source>
        <translation>{field}: debe remitir a un registro, no {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} must be a list of records.</source>
        <translation>{field}: debe ser una lista de registros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is not a field of this kind of record.</source>
        <translation>{field} no es un campo de este tipo de registro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} refers to {record} {id}, which does not exist (deleted?).</source>
        <translation>{field} remite a {record} {id}, que no existe (¿se eliminó?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} belongs to another matter.</source>
        <translation>{field}: pertenece a otro asunto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is not a sealed field.</source>
        <translation>{field} no es un campo bajo sello.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no kind of record called &apos;{kind}&apos;.</source>
        <translation>No hay ningún tipo de registro llamado «{kind}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search does not look for records of the kind &apos;{kind}&apos;.</source>
        <translation>La búsqueda no busca registros del tipo «{kind}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no {record} with id {id}; was it deleted?</source>
        <translation>No hay ningún registro de {record} con el id {id}; ¿se eliminó?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This kind of record ({kind}) has no status.</source>
        <translation>Este tipo de registro ({kind}) no tiene estado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is no longer in the trash; it was restored or the trash was emptied.</source>
        <translation>Eso ya no está en la papelera: se restauró o se vació la papelera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {record} “{label}” cannot be restored: its number ({id}) has since been given to a new record. Nothing was changed.</source>
        <translation>No se puede restaurar «{label}» ({record}): su número ({id}) se ha dado después a un registro nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {record} “{label}” cannot be restored: “{value}” has since been given to another. Nothing was changed.</source>
        <translation>No se puede restaurar «{label}» ({record}): «{value}» se ha dado después a otro. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {record} “{label}” cannot be restored: what it belongs to was deleted too. Restore that first. Nothing was changed.</source>
        <translation>No se puede restaurar «{label}» ({record}): aquello a lo que pertenece también se borró. Restáurelo primero. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This event triggered deadlines, so its date changes only by moving it: use “Move and recount deadlines”, and they are recounted.</source>
        <translation>Esta actuación originó plazos, así que su fecha solo cambia al moverla: use «Mover y recontar plazos» y se recuentan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A rule counted this date, so it changes only when it is set by hand with a reason; the deadlines counted from it are then recounted.</source>
        <translation>Esta fecha la calculó una regla, así que solo cambia al fijarla a mano con un motivo; los plazos calculados a partir de ella se recalculan entonces.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>El periodo termina ({end}) antes de empezar ({start}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing matches the chosen options, so no file was written.</source>
        <translation>Nada coincide con las opciones elegidas, así que no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no office rule set “{id}”.</source>
        <translation>No hay ningún conjunto de reglas de la oficina «{id}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule set “{id}” still counts open deadlines (e.g. deadline {deadline}); mark them done or vacated first.</source>
        <translation>El conjunto de reglas «{id}» aún cuenta plazos abiertos (p. ej., el plazo {deadline}); márquelos antes como cumplidos o sin efecto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no rule “{rule}”.</source>
        <translation>No hay ninguna regla «{rule}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no docket event “{event}”.</source>
        <translation>No hay ninguna actuación «{event}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule {rule} is in force from {from}, and Quash does not have the text in force on {trigger}. Count this deadline by hand from the rule as it then read.</source>
        <translation>La regla {rule} rige desde el {from} y Quash no tiene el texto vigente el {trigger}. Cuente este plazo a mano según la regla tal como decía entonces.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule {rule} does not apply to this kind of paper ({kind}).</source>
        <translation>La regla {rule} no se aplica a este tipo de escrito ({kind}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadline {id} has no recounted date waiting to be confirmed.</source>
        <translation>El plazo {id} no tiene ninguna fecha recontada pendiente de confirmar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no court “{court}”.</source>
        <translation>No hay ningún tribunal «{court}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no calendar “{name}”; choose one of {choices}.</source>
        <translation>No hay ningún calendario «{name}»; elija uno de {choices}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quash&apos;s holiday data covers {first} to {last}; {year} is outside it, so no date can be computed safely. Count this deadline by hand.</source>
        <translation>Los datos de feriados de Quash abarcan de {first} a {last}; {year} queda fuera, así que no se puede calcular ninguna fecha con seguridad. Cuente este plazo a mano.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The period must be a whole number, 0 or more.</source>
        <translation>El plazo debe ser un número entero, 0 o más.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A period of {n} is longer than Quash counts ({limit}).</source>
        <translation>Un plazo de {n} es más largo de lo que Quash cuenta ({limit}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown way of service “{service}”; choose one of {choices}.</source>
        <translation>Forma de notificación desconocida «{service}»; elija una de {choices}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time} did not happen on {date} in {zone}: the clock went forward an hour. Give the time as the clock showed it.</source>
        <translation>Las {time} no existieron el {date} en {zone}: el reloj se adelantó una hora. Indique la hora que marcaba el reloj.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A time of day only means something for a period in hours.</source>
        <translation>Una hora del día solo tiene sentido en un plazo en horas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A period is counted in hours or in court days, not both.</source>
        <translation>Un plazo se cuenta en horas o en días hábiles, no en ambos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule {rule} fixes its own period; it takes no length, direction or hours.</source>
        <translation>La regla {rule} fija su propio plazo; no admite duración, dirección ni horas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule {rule} needs the length of the period.</source>
        <translation>La regla {rule} necesita la duración del plazo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the period in days or in hours, not both.</source>
        <translation>Indique el plazo en días o en horas, no en ambos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule {rule} counts forward in calendar days only.</source>
        <translation>La regla {rule} solo cuenta hacia adelante en días naturales.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rule {rule} does not use a compliance date.</source>
        <translation>La regla {rule} no usa fecha de cumplimiento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule {rule} needs the subpoena&apos;s compliance date.</source>
        <translation>La regla {rule} necesita la fecha de cumplimiento de la citación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The compliance date {compliance} is before {trigger}, the date counted from: check both dates.</source>
        <translation>La fecha de cumplimiento {compliance} es anterior al {trigger}, la fecha desde la que se cuenta: revise ambas fechas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{day} is already recorded as a closure day.</source>
        <translation>El {day} ya está anotado como día de cierre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} is not a recorded closure day.</source>
        <translation>El {day} no es un día de cierre anotado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That subpoena ({id}) belongs to another matter.</source>
        <translation>Esa citación ({id}) pertenece a otro asunto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The subpoena does not record the response window the notice states; enter it on the subpoena or give the number of days.</source>
        <translation>La citación no registra el plazo de respuesta que indica el aviso; anótelo en la citación o indique el número de días.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say why the date is set by hand (e.g. “order of 3 Oct”).</source>
        <translation>Indique por qué la fecha se fija a mano (p. ej., «orden del 3 de oct»).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: a rule set file is at most {max} characters.</source>
        <translation>{where}: un archivo de conjunto de reglas tiene como máximo {max} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: the rule set id “{id}” is already in use; remove the old one first or give this one another id.</source>
        <translation>{where}: el id de conjunto de reglas «{id}» ya está en uso; quite antes el anterior o dé otro id a este.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} is not valid TOML ({error}).</source>
        <translation>{where} no es TOML válido ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: Quash does not know the section “{section}”; a rule set has [ruleset], [[rules]] and [[triggers]].</source>
        <translation>{where}: Quash no conoce la sección «{section}»; un conjunto de reglas tiene [ruleset], [[rules]] y [[triggers]].</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: the rules and triggers must each be an array of tables ([[rules]], [[triggers]]).</source>
        <translation>{where}: las reglas y los hechos desencadenantes deben ser, cada uno, una matriz de tablas ([[rules]], [[triggers]]).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: must be a TOML table.</source>
        <translation>{where}: debe ser una tabla TOML.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: Quash does not know the field “{key}”; check its spelling.</source>
        <translation>{where}: Quash no conoce el campo «{key}»; revise cómo está escrito.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: {key} is required.</source>
        <translation>{where}: {key} es obligatorio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {key} must be text in quotes.</source>
        <translation>{where}: {key} debe ser un texto entre comillas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: {key} must be a whole number, without quotes.</source>
        <translation>{where}: {key} debe ser un número entero, sin comillas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: {key} must be true or false, without quotes.</source>
        <translation>{where}: {key} debe ser true o false, sin comillas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: {key} must be a list in square brackets.</source>
        <translation>{where}: {key} debe ser una lista entre corchetes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: {key} must be a TOML table.</source>
        <translation>{where}: {key} debe ser una tabla TOML.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {key} must be a date as YYYY-MM-DD, without quotes.</source>
        <translation>{where}: {key} debe ser una fecha AAAA-MM-DD, sin comillas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: {key} must be 1 to {max} characters.</source>
        <translation>{where}: {key} debe tener de 1 a {max} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: {key} must be one of {allowed}.</source>
        <translation>{where}: {key} debe ser uno de estos valores: {allowed}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: the id may hold only lower-case letters, digits and hyphens.</source>
        <translation>{where}: el id solo puede contener letras minúsculas, dígitos y guiones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: period must be between 0 and {max}.</source>
        <translation>{where}: period debe estar entre 0 y {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: earlier_of can only be “compliance”.</source>
        <translation>{where}: earlier_of solo puede ser «compliance».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: dependents must list rule ids, each in quotes.</source>
        <translation>{where}: dependents debe enumerar ids de reglas, cada uno entre comillas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: a rule counted by the method “court-days” must have the unit “court_days”.</source>
        <translation>{where}: una regla contada con el método «court-days» debe tener la unidad «court_days».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: a rule in the unit “court_days” must be counted by the method “court-days”.</source>
        <translation>{where}: una regla en la unidad «court_days» debe contarse con el método «court-days».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: a rule in hours must be counted by the method “frcp-6a”.</source>
        <translation>{where}: una regla en horas debe contarse con el método «frcp-6a».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: the method “{method}” counts forward, so the direction must be “after”.</source>
        <translation>{where}: el método «{method}» cuenta hacia delante, así que la dirección debe ser «after».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: applies_to must list kinds of subpoena ({allowed}).</source>
        <translation>{where}: applies_to debe enumerar tipos de citación ({allowed}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: the until date must be before the rule&apos;s in_force_from date (a rule with versions needs one).</source>
        <translation>{where}: la fecha until debe ser anterior a la fecha in_force_from de la regla (una regla con versiones la necesita).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: the from date is after the until date.</source>
        <translation>{where}: la fecha from es posterior a la fecha until.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: a rule with versions must fix its own period.</source>
        <translation>{where}: una regla con versiones debe fijar su propio plazo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: a rule counted from the compliance date counts back from it, so the direction must be “before”.</source>
        <translation>{where}: una regla contada desde la fecha de cumplimiento cuenta hacia atrás desde ella, así que la dirección debe ser «before».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: event_kind must be a kind of docket event ({allowed}).</source>
        <translation>{where}: event_kind debe ser un tipo de actuación ({allowed}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: answers must name the rule ids whose deadlines the filing meets.</source>
        <translation>{where}: answers debe nombrar los id de las reglas cuyos plazos cumple la presentación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: subpoena_status must be a subpoena status ({allowed}).</source>
        <translation>{where}: subpoena_status debe ser un estado de citación ({allowed}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadline {id} is not one this filing answers; nothing was docketed.</source>
        <translation>El plazo {id} no es uno de los que cumple esta presentación; no se registró nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subpoena {id} is not the one this filing challenges; nothing was docketed.</source>
        <translation>La citación {id} no es la que impugna esta presentación; no se registró nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: rules must name one rule id or more.</source>
        <translation>{where}: rules debe nombrar al menos un id de regla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: another rule set already has the id “{id}”.</source>
        <translation>{where}: otro conjunto de reglas ya tiene el id «{id}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: another rule already has the id “{rule}”; give each rule its own id.</source>
        <translation>{where}: otra regla ya tiene el id «{rule}»; dé a cada regla su propio id.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: another trigger already has the id “{trigger}”; give each trigger its own id.</source>
        <translation>{where}: otro hecho desencadenante ya tiene el id «{trigger}»; dé a cada uno su propio id.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule “{rule}”: its dependent “{dependent}” is not a known rule.</source>
        <translation>Regla «{rule}»: su regla dependiente «{dependent}» no es una regla conocida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule “{rule}”: its dependent “{dependent}” needs a fixed period.</source>
        <translation>Regla «{rule}»: su regla dependiente «{dependent}» necesita un plazo fijo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule “{rule}”: its dependent “{dependent}” must count from this rule&apos;s date.</source>
        <translation>Regla «{rule}»: su regla dependiente «{dependent}» debe contarse desde la fecha de esta regla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trigger “{trigger}” names “{rule}”, which is not a known rule.</source>
        <translation>El hecho desencadenante «{trigger}» nombra «{rule}», que no es una regla conocida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rules form a cycle: {cycle}.</source>
        <translation>Las reglas forman un ciclo: {cycle}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document&apos;s file name must be 1 to {max} characters.</source>
        <translation>El nombre de archivo del documento debe tener de 1 a {max} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is larger than {megabytes} MB.</source>
        <translation>El archivo ocupa más de {megabytes} MB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is larger than {megabytes} MB; Quash reads documents up to that size.</source>
        <translation>El archivo ocupa más de {megabytes} MB; Quash lee documentos de hasta ese tamaño.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is not a document Quash can read: it is neither a PDF, a picture (PNG, JPEG, TIFF) nor a saved email (.eml).</source>
        <translation>El archivo no es un documento que Quash pueda leer: no es un PDF, ni una imagen (PNG, JPEG, TIFF), ni un correo guardado (.eml).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PDF is damaged and cannot be read (a download or a copy cut short?).</source>
        <translation>El PDF está dañado y no se puede leer (¿una descarga o una copia interrumpida?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF is protected by a password; open it in a PDF reader, print it to a new PDF without the password, and read that one.</source>
        <translation>El PDF está protegido con contraseña; ábralo en un lector de PDF, imprímalo en un PDF nuevo sin contraseña y lea ese.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The picture is damaged and cannot be read.</source>
        <translation>La imagen está dañada y no se puede leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The picture is too large to read (more than {megapixels} million pixels); scan the page again at 300 dpi.</source>
        <translation>La imagen es demasiado grande para leerla (más de {megapixels} millones de píxeles); vuelva a escanear la página a 300 ppp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No readable text was found in the document (a blank page, or a picture too faint or small to read).</source>
        <translation>No se encontró texto legible en el documento (una página en blanco, o una imagen demasiado tenue o pequeña para leerla).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The email is not a notice of legal process: it names no subpoena, summons or order and gives no time to respond.</source>
        <translation>El correo no es un aviso de un requerimiento legal: no menciona ninguna citación, requerimiento ni orden, ni da un plazo para responder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OCR is not available on this computer: its reading model is not installed with Quash.</source>
        <translation>El reconocimiento de texto (OCR) no está disponible en este equipo: su modelo de lectura no está instalado con Quash.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no template called “{name}”.</source>
        <translation>No hay ninguna plantilla llamada «{name}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is not a Word document (.docx) Quash can open.</source>
        <translation>El archivo no es un documento de Word (.docx) que Quash pueda abrir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A template needs a name of 1 to {max} characters on one line.</source>
        <translation>Una plantilla necesita un nombre de 1 a {max} caracteres en una sola línea.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A template&apos;s language must be English or Spanish, not {language}.</source>
        <translation>El idioma de una plantilla debe ser inglés o español, no {language}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template is larger than {megabytes} MB.</source>
        <translation>La plantilla ocupa más de {megabytes} MB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a template called “{name}”.</source>
        <translation>Ya hay una plantilla llamada «{name}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” ships with Quash and cannot be removed.</source>
        <translation>«{name}» viene con Quash y no se puede quitar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template uses merge fields Quash does not know: {fields}.</source>
        <translation>La plantilla usa campos de combinación que Quash no conoce: {fields}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template&apos;s merge fields are not written correctly ({problem}).</source>
        <translation>Los campos de combinación de la plantilla no están bien escritos ({problem}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template cannot be filled in ({problem}).</source>
        <translation>La plantilla no se puede completar ({problem}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shipped template {name} is missing from this installation; reinstall Quash.</source>
        <translation>Falta la plantilla {name} que viene con Quash en esta instalación; reinstale Quash.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subpoena {id} belongs to another matter.</source>
        <translation>La citación {id} pertenece a otro asunto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep at least one backup.</source>
        <translation>Conserve al menos una copia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit log inside the backup cannot be read ({error}).</source>
        <translation>No se puede leer el registro de auditoría dentro de la copia ({error}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is empty: it is not a Quash backup (the copy failed?).</source>
        <translation>El archivo {name} está vacío: no es una copia de seguridad de Quash (¿falló la copia?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a Quash backup (or its first bytes are damaged).</source>
        <translation>El archivo {name} no es una copia de seguridad de Quash (o sus primeros bytes están dañados).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is incomplete: it ends inside its header (truncated).</source>
        <translation>El archivo {name} está incompleto: termina dentro de su cabecera (está truncado).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is incomplete: it is {bytes} shorter than its header says (truncated; the copy or the stick failed?).</source>
        <translation>El archivo {name} está incompleto: le faltan {bytes} respecto de lo que indica su cabecera (está truncado; ¿falló la copia o la memoria?).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is incomplete: it ends inside part {part} of {parts} (truncated).</source>
        <translation>El archivo {name} está incompleto: termina dentro de la parte {part} de {parts} (está truncado).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} was made by a newer version of Quash (backup format {version}); update Quash to read it.</source>
        <translation>El archivo {name} se hizo con una versión más nueva de Quash (formato de copia {version}); actualice Quash para leerlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} was edited or is damaged: its header&apos;s {what} is not valid.</source>
        <translation>El archivo {name} se modificó o está dañado: el campo «{what}» de su cabecera no es válido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} was tampered with: its header was changed after it was written.</source>
        <translation>El archivo {name} fue manipulado: su cabecera se cambió después de escribirse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is damaged or was tampered with: its header length is impossible.</source>
        <translation>El archivo {name} está dañado o fue manipulado: la longitud de su cabecera es imposible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is damaged or was tampered with: its header does not match its checksum.</source>
        <translation>El archivo {name} está dañado o fue manipulado: su cabecera no coincide con su suma de verificación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is damaged or was tampered with: {bytes} of unexpected data follow its end.</source>
        <translation>El archivo {name} está dañado o fue manipulado: después de su final hay {bytes} de datos inesperados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is damaged or was tampered with: unexpected data follow its end.</source>
        <translation>El archivo {name} está dañado o fue manipulado: después de su final hay datos inesperados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is damaged or was tampered with: the key to the database inside does not open.</source>
        <translation>El archivo {name} está dañado o fue manipulado: la clave de la base de datos que contiene no abre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is damaged or was tampered with: part {part} of {parts} does not authenticate.</source>
        <translation>El archivo {name} está dañado o fue manipulado: la parte {part} de {parts} no supera la autenticación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is damaged or was tampered with: its contents do not match their recorded checksum.</source>
        <translation>El archivo {name} está dañado o fue manipulado: su contenido no coincide con la suma de verificación registrada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is damaged or was tampered with: the database inside does not match what its header records.</source>
        <translation>El archivo {name} está dañado o fue manipulado: la base de datos que contiene no coincide con lo que registra su cabecera.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is damaged or was tampered with: the database inside is damaged.</source>
        <translation>El archivo {name} está dañado o fue manipulado: la base de datos que contiene está dañada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backed-up database fails its integrity check ({problems} problem(s)).</source>
        <translation>La base de datos copiada no supera su comprobación de integridad (problemas: {problems}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault database has no {table} table.</source>
        <translation>La base de datos de la bóveda no tiene la tabla {table}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a folder, not a backup file.</source>
        <translation>{path} es una carpeta, no un archivo de copia de seguridad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no backup file at {path}.</source>
        <translation>No hay ningún archivo de copia de seguridad en {path}.</translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+144"/>
        <source>Cannot read {path}: {error}.</source>
        <translation>No se puede leer {path}: {error}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the backup failed: {error}.</source>
        <translation>Falló la comprobación de la copia: {error}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough space in {folder} to unpack the backup for checking; free some space and try again. The backup itself was not changed.</source>
        <translation>No hay espacio suficiente en {folder} para desempaquetar la copia y comprobarla; libere espacio e inténtelo de nuevo. La copia no se ha modificado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quash cannot write to {folder} (read-only?).</source>
        <translation>Quash no puede escribir en {folder} (¿es de solo lectura?).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough space in {folder}: the backup needs {needed} and {free} is free. Nothing was written.</source>
        <translation>No hay espacio suficiente en {folder}: la copia necesita {needed} y hay {free} libres. No se escribió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup is too large for one file on {folder}&apos;s file system (a FAT32 stick holds at most 4 GB per file); use an exFAT or NTFS stick. No backup was left under the final name.</source>
        <translation>La copia es demasiado grande para un solo archivo en el sistema de archivos de {folder} (una memoria FAT32 admite como máximo 4 GB por archivo); use una memoria exFAT o NTFS. No quedó ninguna copia con el nombre definitivo.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{folder} filled up while the backup was being written. No backup was left under the final name.</source>
        <translation>{folder} se llenó mientras se escribía la copia. No quedó ninguna copia con el nombre definitivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the backup to {folder} failed ({error}); the stick may have been removed or is failing. No backup was left under the final name.</source>
        <translation>Falló la escritura de la copia en {folder} ({error}); puede que se haya retirado la memoria o que esté fallando. No quedó ninguna copia con el nombre definitivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Taking a snapshot of the vault failed ({error}).</source>
        <translation>Falló la instantánea de la bóveda ({error}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taking a snapshot of the vault failed ({error}); nothing was left in the backup folder.</source>
        <translation>Falló la instantánea de la bóveda ({error}); no quedó nada en la carpeta de copias.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup written to {folder} did not read back correctly ({error}); the stick may be failing. It was not kept.</source>
        <translation>La copia escrita en {folder} no se leyó bien al comprobarla ({error}); puede que la memoria esté fallando. No se conservó.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} was written and verified, but {folder} did not confirm saving it ({error}); the stick may be failing. Verify it before you rely on it.</source>
        <translation>{name} se escribió y verificó, pero {folder} no confirmó que se guardara ({error}); puede que la memoria esté fallando. Verifíquela antes de confiar en ella.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} was made by a newer version of Quash (schema {revision}); update Quash to restore it.</source>
        <translation>El archivo {name} se hizo con una versión más nueva de Quash (esquema {revision}); actualice Quash para restaurarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{folder} is a file; restore into a new folder.</source>
        <translation>{folder} es un archivo; restaure en una carpeta nueva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} is not empty and is not a Quash vault; restore into a new folder.</source>
        <translation>{folder} no está vacía y no es una bóveda de Quash; restaure en una carpeta nueva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} already holds a vault. Restore into a new folder, or confirm replacing it (the old vault is then kept beside it).</source>
        <translation>{folder} ya contiene una bóveda. Restaure en una carpeta nueva o confirme que quiere reemplazarla (la bóveda anterior se conserva al lado).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{folder} now holds a vault; nothing was replaced.</source>
        <translation>{folder} ahora contiene una bóveda; no se reemplazó nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not enough space in {folder} to restore the vault.</source>
        <translation>No hay espacio suficiente en {folder} para restaurar la bóveda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoring into {folder} failed ({error}); nothing was restored.</source>
        <translation>Falló la restauración en {folder} ({error}); no se restauró nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key file names a person the vault does not know.</source>
        <translation>El archivo de claves nombra a una persona que la bóveda no conoce.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened with the recovery key, nobody&apos;s passphrase can change: an admin gives the person a new key.</source>
        <translation>Con la bóveda abierta con la clave de recuperación no se puede cambiar la frase de contraseña de nadie: una persona administradora le da a la persona una clave nueva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That person has no key slot.</source>
        <translation>Esa persona no tiene una ranura de clave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file has no person&apos;s slot.</source>
        <translation>El archivo de claves no tiene la ranura de ninguna persona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the roles {roles} may {action}; {name} is: {role}.</source>
        <translation>Solo pueden {action} estos roles: {roles}; el rol de {name} es: {role}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no role called {role}.</source>
        <translation>No existe el rol {role}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name of 1 to 200 characters is needed.</source>
        <translation>Se necesita un nombre de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} already has a key; each person changes their own passphrase.</source>
        <translation>{name} ya tiene una clave; cada persona cambia su propia frase de contraseña.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} has no key to remove.</source>
        <translation>{name} no tiene ninguna clave que quitar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is the office&apos;s only admin; make someone else an admin first.</source>
        <translation>{name} es la única persona administradora de la oficina; primero haga administradora a otra persona.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot remove your own key; another admin can.</source>
        <translation>No puede quitar su propia clave; otra persona administradora sí puede.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody called {name} is on the list.</source>
        <translation>No hay nadie llamado {name} en la lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{folder} is a file, not a Quash vault folder.</source>
        <translation>{folder} es un archivo, no una carpeta de bóveda de Quash.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Quash vault at {folder}.</source>
        <translation>No hay ninguna bóveda de Quash en {folder}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key does not open this vault.</source>
        <translation>La clave no abre esta bóveda.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The vault database is damaged: its settings are missing.</source>
        <translation>La base de datos de la bóveda está dañada: faltan sus ajustes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key file has been tampered with: its slots were changed without the vault&apos;s key.</source>
        <translation>El archivo de claves ha sido manipulado: sus ranuras se cambiaron sin la clave de la bóveda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase is too short: use at least {min} characters (a few unrelated words work well).</source>
        <translation>La frase de contraseña es demasiado corta: use al menos {min} caracteres (unas cuantas palabras sin relación entre sí funcionan bien).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{folder} has a vault database but its key file is missing.</source>
        <translation>{folder} tiene una base de datos de bóveda, pero falta su archivo de claves.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} has a key file but its vault database is missing.</source>
        <translation>{folder} tiene un archivo de claves, pero falta su base de datos de bóveda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} is not empty; Quash will not create a vault over existing files.</source>
        <translation>{folder} no está vacía; Quash no creará una bóveda encima de archivos existentes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file {name} cannot be read: {error}.</source>
        <translation>No se puede leer el archivo de claves {name}: {error}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This vault was made by a newer version of Quash (schema {revision}); update Quash to open it.</source>
        <translation>Esta bóveda se hizo con una versión más nueva de Quash (esquema {revision}); actualice Quash para abrirla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain refused: {error}</source>
        <translation>El llavero de esta computadora se negó: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file is damaged: {what} is missing.</source>
        <translation>El archivo de claves está dañado: falta un dato ({what}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file is damaged: {what} is not valid.</source>
        <translation>El archivo de claves está dañado: un dato no es válido ({what}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This vault has no {kind} slot.</source>
        <translation>Esta bóveda no tiene una ranura «{kind}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{db} is damaged: {pages} page(s) fail SQLCipher&apos;s check. Nothing was changed; restore the last good backup.</source>
        <translation>{db} está dañado: {pages} página(s) no superan la comprobación de SQLCipher. No se cambió nada; restaure la última copia de seguridad buena.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase is not valid UTF-8 text (check QUASH_PASSPHRASE and the terminal&apos;s encoding); nothing was opened.</source>
        <translation>La frase de contraseña no es texto UTF-8 válido (revise QUASH_PASSPHRASE y la codificación de la terminal); no se abrió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{folder} cannot be made: {parent} is a file, not a folder.</source>
        <translation>No se puede crear {folder}: {parent} es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file is damaged: the passphrase slot&apos;s settings are invalid.</source>
        <translation>El archivo de claves está dañado: los ajustes de la ranura de la frase de contraseña no son válidos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file was edited: its passphrase settings are below Quash&apos;s minimum.</source>
        <translation>El archivo de claves fue modificado: los ajustes de su frase de contraseña están por debajo del mínimo de Quash.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file was edited: its passphrase settings ask for more memory or passes than Quash ever writes, so it was not used.</source>
        <translation>El archivo de claves fue modificado: los ajustes de su frase de contraseña piden más memoria o pasadas de las que Quash escribe nunca, así que no se usó.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key file&apos;s format version {version} is not supported.</source>
        <translation>La versión de formato {version} del archivo de claves no es compatible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault&apos;s key file (quash.keys) is damaged or was edited: it is not readable.</source>
        <translation>El archivo de claves de la bóveda (quash.keys) está dañado o se modificó: no se puede leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault&apos;s key file (quash.keys) is damaged or was edited: it is not a Quash key file.</source>
        <translation>El archivo de claves de la bóveda (quash.keys) está dañado o se modificó: no es un archivo de claves de Quash.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault&apos;s key file (quash.keys) is damaged or was edited: its checksum does not match.</source>
        <translation>El archivo de claves de la bóveda (quash.keys) está dañado o se modificó: su suma de verificación no coincide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault&apos;s key file (quash.keys) is damaged or was edited: its slots are malformed.</source>
        <translation>El archivo de claves de la bóveda (quash.keys) está dañado o se modificó: sus ranuras están mal formadas.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Wrong passphrase for this vault.</source>
        <translation>La frase de contraseña no es la de esta bóveda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong recovery key for this vault.</source>
        <translation>La clave de recuperación no es la de esta bóveda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not a recovery key: it should be 32 letters and digits in 8 groups of 4.</source>
        <translation>Eso no es una clave de recuperación: debe tener 32 letras y dígitos en 8 grupos de 4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This vault is not remembered on this computer.</source>
        <translation>Esta bóveda no está recordada en esta computadora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s keychain no longer holds the vault&apos;s key.</source>
        <translation>El llavero de esta computadora ya no guarda la clave de la bóveda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain&apos;s key does not open this vault.</source>
        <translation>La clave del llavero no abre esta bóveda.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The vault database (quash.db) is not a Quash vault, is damaged, or does not belong to this key file.</source>
        <translation>La base de datos de la bóveda (quash.db) no es una bóveda de Quash, está dañada o no corresponde a este archivo de claves.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key file belongs to a different vault than quash.db.</source>
        <translation>El archivo de claves pertenece a otra bóveda que quash.db.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key file has no passphrase slot.</source>
        <translation>El archivo de claves no tiene ranura de frase de contraseña.</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Wrong passphrase for this backup.</source>
        <translation>La frase de contraseña no es la de esta copia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backed-up database cannot be opened with its key.</source>
        <translation>La base de datos copiada no se puede abrir con su clave.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backed-up database is damaged.</source>
        <translation>La base de datos copiada está dañada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault&apos;s database file changed while it was being copied.</source>
        <translation>El archivo de la base de datos de la bóveda cambió mientras se copiaba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault&apos;s database file ended early while it was being copied.</source>
        <translation>El archivo de la base de datos de la bóveda terminó antes de tiempo mientras se copiaba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup read back differs from what was written.</source>
        <translation>La copia, leída de nuevo, no coincide con lo que se escribió.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault database does not belong to its key file.</source>
        <translation>La base de datos de la bóveda no corresponde a su archivo de claves.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The office name is too long to go into a backup&apos;s header.</source>
        <translation>El nombre de la oficina es demasiado largo para el encabezado de una copia.</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>FRCP 6(d) adds days only to periods counted after service, not to periods counted back from an event.</source>
        <translation>La FRCP 6(d) agrega días solo a los períodos que se cuentan después de la notificación, no a los que se cuentan hacia atrás desde un hecho.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Rule {rule} belongs to another court&apos;s local rules, and this matter is in {court}, which does not offer it.</source>
        <translation>La regla {rule} pertenece a las reglas locales de otro tribunal, y este asunto está en {court}, que no la ofrece.</translation>
    </message>
    <message>
        <location line="+519"/>
        <source>&quot;Remember on this computer&quot; is unavailable: no system keychain was found (on Linux, a Secret Service such as GNOME Keyring or KWallet must be running). Unlock with the passphrase instead.</source>
        <translation>«Recordar en esta computadora» no está disponible: no se encontró ningún llavero del sistema (en Linux debe estar en marcha un Secret Service como GNOME Keyring o KWallet). Desbloquee con la frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../gui/editors/deadline_dialogs.py" line="-16"/>
        <source>{0} is not a date: type it as YYYY-MM-DD.</source>
        <translation>{0} no es una fecha: escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../gui/editors/fields.py" line="+152"/>
        <source>{0} is not a date: type it as YYYY-MM-DD, e.g. 2026-03-31</source>
        <translation>{0} no es una fecha: escríbala como AAAA-MM-DD, p. ej. 2026-03-31</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0} is not a time: type it as HH:MM, e.g. 17:00</source>
        <translation>{0} no es una hora: escríbala como HH:MM, p. ej. 17:00</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+125"/>
        <source>(none)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Problem with {0}</source>
        <translation>Problema con {0}</translation>
    </message>
    <message>
        <location filename="../gui/vocabulary.py" line="-124"/>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake date</source>
        <translation>Fecha de admisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handle</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the account posts</source>
        <translation>Qué publica la cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge</source>
        <translation>Juez/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible attorney</source>
        <translation>Abogado/a responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paralegal</source>
        <translation>Asistente legal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Fecha de apertura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Fecha de cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matter</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of process</source>
        <translation>Tipo de proceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of event</source>
        <translation>Tipo de actuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing agency</source>
        <translation>Agencia emisora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Served on (platform)</source>
        <translation>Notificada a (plataforma)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing officer</source>
        <translation>Funcionario emisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority cited</source>
        <translation>Fundamento legal citado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stated purpose</source>
        <translation>Propósito declarado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Served</source>
        <translation>Fecha de notificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User notified</source>
        <translation>Fecha de aviso al usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response window in the notice</source>
        <translation>Plazo de respuesta del aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Compliance date</source>
        <translation>Fecha de cumplimiento</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>What it demands</source>
        <translation>Qué exige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targeted accounts</source>
        <translation>Cuentas afectadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gag order (non-disclosure)</source>
        <translation>Orden de no divulgación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subpoena</source>
        <translation>Citación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due time</source>
        <translation>Hora de vencimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trigger date</source>
        <translation>Fecha del hecho desencadenante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation</source>
        <translation>Fundamento legal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was counted</source>
        <translation>Cómo se contó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docket event</source>
        <translation>Actuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted from</source>
        <translation>Contado desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the rule gives</source>
        <translation>Fecha que da la regla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set by hand</source>
        <translation>Fijada a mano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court calendar</source>
        <translation>Calendario judicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service method</source>
        <translation>Forma de notificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docketed as</source>
        <translation>Registrada como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location filename="../gui/errors.py" line="+125"/>
        <source>Something went wrong ({0}); nothing was saved.</source>
        <translation>Algo salió mal ({0}); no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../gui/editors/labels.py" line="-75"/>
        <source>Revealed the sealed legal name</source>
        <translation>Reveló el nombre legal bajo sello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revealed the sealed contact details</source>
        <translation>Reveló los datos de contacto bajo sello</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored from the trash</source>
        <translation>Restaurado de la papelera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revealed a sealed value: {0}</source>
        <translation>Reveló un dato bajo sello: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changed {0}</source>
        <translation>Cambió {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0}: kept {1}, set by hand (the rule now gives {2})</source>
        <translation>{0}: se mantuvo el {1}, fijado a mano (la regla ahora da el {2})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: unchanged, {1}</source>
        <translation>{0}: sin cambios, {1}</translation>
    </message>
    <message>
        <location filename="../gui/editors/pickers.py" line="+32"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Show all accounts</source>
        <translation>Mostrar todas las cuentas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also list accounts of clients who are not on this matter</source>
        <translation>Mostrar también las cuentas de clientes que no están en este asunto</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No client of this matter has an account on file.</source>
        <translation>Ningún cliente de este asunto tiene una cuenta registrada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other accounts in the vault</source>
        <translation>Otras cuentas de la bóveda</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../gui/messages.py" line="+18"/>
        <source>Something went wrong ({0}); nothing more was changed.</source>
        <translation>Algo salió mal ({0}); no se cambió nada más.</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../gui/passphrase_advice.py" line="+16"/>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Use unas cuantas palabras y evite frases comunes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>No hacen falta símbolos, dígitos ni mayúsculas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Agregue una o dos palabras más. Las palabras poco comunes son mejores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Las filas seguidas de teclas son fáciles de adivinar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Los patrones cortos de teclado son fáciles de adivinar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Use un patrón de teclado más largo y con más giros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Las repeticiones como «aaa» son fáciles de adivinar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Las repeticiones como «abcabcabc» son apenas más difíciles de adivinar que «abc».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avoid repeated words and characters.</source>
        <translation>Evite repetir palabras y caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Las secuencias como «abc» o «6543» son fáciles de adivinar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid sequences.</source>
        <translation>Evite las secuencias.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent years are easy to guess.</source>
        <translation>Los años recientes son fáciles de adivinar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid recent years.</source>
        <translation>Evite los años recientes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid years that are associated with you.</source>
        <translation>Evite los años relacionados con usted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates are often easy to guess.</source>
        <translation>Las fechas suelen ser fáciles de adivinar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Evite las fechas y los años relacionados con usted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a top-10 common password.</source>
        <translation>Es una de las 10 contraseñas más comunes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a top-100 common password.</source>
        <translation>Es una de las 100 contraseñas más comunes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a very common password.</source>
        <translation>Es una contraseña muy común.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is similar to a commonly used password.</source>
        <translation>Se parece a una contraseña de uso común.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A word by itself is easy to guess.</source>
        <translation>Una palabra sola es fácil de adivinar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Los nombres y apellidos solos son fáciles de adivinar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Los nombres y apellidos comunes son fáciles de adivinar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Poner mayúsculas no ayuda mucho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Todo en mayúsculas es casi tan fácil de adivinar como todo en minúsculas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Las palabras al revés no son mucho más difíciles de adivinar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Los cambios previsibles, como «@» en lugar de «a», no ayudan mucho.</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <location filename="../gui/progress.py" line="+17"/>
        <source>Deriving the backup key from the passphrase</source>
        <translation>Obteniendo la clave de la copia a partir de la frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking a snapshot of the vault</source>
        <translation>Tomando una instantánea de la bóveda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting and writing</source>
        <translation>Cifrando y escribiendo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the backup</source>
        <translation>Comprobando la copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking and restoring</source>
        <translation>Comprobando y restaurando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the database inside</source>
        <translation>Comprobando la base de datos interna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking that each index agrees with its table</source>
        <translation>Comprobando que cada índice coincide con su tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the audit log</source>
        <translation>Comprobando el registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the restored vault</source>
        <translation>Abriendo la bóveda restaurada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updating the vault for this version of Quash</source>
        <translation>Actualizando la bóveda para esta versión de Quash</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing records</source>
        <translation>Importando registros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the document</source>
        <translation>Leyendo el documento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removing the vault from this computer</source>
        <translation>Quitando la bóveda de esta computadora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the report fonts (once on this computer)</source>
        <translation>Preparando las fuentes de los informes (una sola vez en este equipo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting</source>
        <translation>Contando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading deadlines</source>
        <translation>Leyendo los plazos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading subpoenas</source>
        <translation>Leyendo las citaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the matter</source>
        <translation>Leyendo el asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laying out pages</source>
        <translation>Componiendo las páginas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing calendar events</source>
        <translation>Escribiendo los eventos del calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing deadlines</source>
        <translation>Escribiendo los plazos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing subpoenas</source>
        <translation>Escribiendo las citaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../gui/vocabulary.py" line="+270"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matter</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subpoena</source>
        <translation>Citación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docket event</source>
        <translation>Actuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff member</source>
        <translation>Miembro del personal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New client</source>
        <translation>Cliente nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New account</source>
        <translation>Cuenta nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New matter</source>
        <translation>Asunto nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New subpoena</source>
        <translation>Citación nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New deadline</source>
        <translation>Plazo nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New docket event</source>
        <translation>Actuación nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New staff member</source>
        <translation>Miembro del personal nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete this client</source>
        <translation>Eliminar este cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this account</source>
        <translation>Eliminar esta cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this matter</source>
        <translation>Eliminar este asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this subpoena</source>
        <translation>Eliminar esta citación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this deadline</source>
        <translation>Eliminar este plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this docket event</source>
        <translation>Eliminar esta actuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this staff member</source>
        <translation>Eliminar este miembro del personal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete this client? It goes to the Trash, where it can be restored until the trash is emptied.</source>
        <translation>¿Borrar este cliente? Va a la papelera, de donde puede restaurarse hasta que se vacíe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete this account? It goes to the Trash, where it can be restored until the trash is emptied.</source>
        <translation>¿Borrar esta cuenta? Va a la papelera, de donde puede restaurarse hasta que se vacíe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete this matter? It goes to the Trash, where it can be restored until the trash is emptied.</source>
        <translation>¿Borrar este asunto? Va a la papelera, de donde puede restaurarse hasta que se vacíe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete this subpoena? It goes to the Trash, where it can be restored until the trash is emptied.</source>
        <translation>¿Borrar esta citación? Va a la papelera, de donde puede restaurarse hasta que se vacíe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete this deadline? It goes to the Trash, where it can be restored until the trash is emptied.</source>
        <translation>¿Borrar este plazo? Va a la papelera, de donde puede restaurarse hasta que se vacíe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete this docket event? It goes to the Trash, where it can be restored until the trash is emptied.</source>
        <translation>¿Borrar esta actuación del expediente? Va a la papelera, de donde puede restaurarse hasta que se vacíe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete this staff member? It goes to the Trash, where it can be restored until the trash is emptied.</source>
        <translation>¿Borrar este miembro del personal? Va a la papelera, de donde puede restaurarse hasta que se vacíe.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>With it go: {0}.</source>
        <translation>Se borran también: {0}.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Save the changes to this client before closing?</source>
        <translation>¿Guardar los cambios de este cliente antes de cerrar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this account before closing?</source>
        <translation>¿Guardar los cambios de esta cuenta antes de cerrar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this matter before closing?</source>
        <translation>¿Guardar los cambios de este asunto antes de cerrar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this subpoena before closing?</source>
        <translation>¿Guardar los cambios de esta citación antes de cerrar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this deadline before closing?</source>
        <translation>¿Guardar los cambios de este plazo antes de cerrar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this docket event before closing?</source>
        <translation>¿Guardar los cambios de esta actuación antes de cerrar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this staff member before closing?</source>
        <translation>¿Guardar los cambios de este miembro del personal antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location line="-325"/>
        <source>Period counted under FRCP 6(a)</source>
        <translation>Período contado según FRCP 6(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer due</source>
        <translation>Vence la contestación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objections to the subpoena due</source>
        <translation>Vencen las objeciones a la citación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earliest hearing date for the motion</source>
        <translation>Primera fecha posible de audiencia de la moción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opposition to the motion due</source>
        <translation>Vence la oposición a la moción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply in support of the motion due</source>
        <translation>Vence la réplica en apoyo de la moción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency&apos;s FOIA response due</source>
        <translation>Vence la respuesta de la agencia a la solicitud FOIA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motion to quash on file before the platform&apos;s response window closes</source>
        <translation>Moción para anular presentada antes de que cierre el plazo de respuesta de la plataforma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the trigger event</source>
        <translation>el hecho desencadenante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service of the summons and complaint</source>
        <translation>la notificación del emplazamiento y la demanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service of the subpoena</source>
        <translation>la notificación de la citación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>filing of the motion</source>
        <translation>la presentación de la moción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day the opposition was due</source>
        <translation>el día en que vencía la oposición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt of the request</source>
        <translation>la recepción de la solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day the user was notified</source>
        <translation>el día en que se avisó al usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hearing must also fall on a day the assigned judge hears civil motions.</source>
        <translation>La audiencia también debe caer en un día en que el juez asignado atiende mociones civiles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The window is whatever this notice states; platforms change their policies, so it is never assumed.</source>
        <translation>El plazo es el que indique este aviso; las plataformas cambian sus políticas, así que nunca se da por supuesto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the platform&apos;s notice to the user</source>
        <translation>el aviso de la plataforma al usuario</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Federal Rules of Civil and Appellate Procedure; subpoenas and platform notices</source>
        <translation>Reglas Federales de Procedimiento Civil y de Apelación; citaciones y avisos de plataformas</translation>
    </message>
</context>
<context>
    <name>triggers</name>
    <message>
        <location line="-7"/>
        <source>Motion to quash filed</source>
        <translation>Moción para anular presentada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subpoena served (Rule 45)</source>
        <translation>Citación notificada (Regla 45)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform notified the user</source>
        <translation>La plataforma avisó al usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summons and complaint served</source>
        <translation>Emplazamiento y demanda notificados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FOIA request received by the agency</source>
        <translation>Solicitud FOIA recibida por la agencia</translation>
    </message>
</context>
</TS>
