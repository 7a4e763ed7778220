<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>A&amp;ppearance</source>
        <translation>Apa&amp;riencia</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>No backup before the update</source>
        <translation>No hay copia de seguridad antes de la actualización</translation>
    </message>
    <message>
        <source>Your saved information is empty</source>
        <translation>Su información guardada está vacía</translation>
    </message>
    <message>
        <source>Your saved information was not found</source>
        <translation>No se encontró su información guardada</translation>
    </message>
    <message>
        <source>Your saved information is damaged</source>
        <translation>Su información guardada está dañada</translation>
    </message>
    <message>
        <source>Start with an empty workspace: the app starts with no cases, and the files of your saved information are moved, exactly as they are, into the folder “{aside}”. Nothing in them is deleted; someone who knows computers may be able to get information back from them.</source>
        <translation>Empezar con un espacio de trabajo vacío: la aplicación empieza sin casos, y los archivos de su información guardada se mueven, tal como están, a la carpeta “{aside}”. No se borra nada de ellos; alguien que sepa de computadoras quizá pueda recuperar información de ellos.</translation>
    </message>
    <message>
        <source>Start with an empty workspace: the app starts with no cases, in a new data file.</source>
        <translation>Empezar con un espacio de trabajo vacío: la aplicación empieza sin casos, en un archivo de datos nuevo.</translation>
    </message>
    <message>
        <source>Quit: nothing is changed. You can look for the file or ask someone for help, and start the app again later.</source>
        <translation>Salir: no se cambia nada. Puede buscar el archivo o pedir ayuda a alguien, y abrir la aplicación más tarde.</translation>
    </message>
    <message>
        <source>Start with an empty workspace</source>
        <translation>Empezar con un espacio de trabajo vacío</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Restore the newest good backup</source>
        <translation>Restaurar la copia de seguridad buena más reciente</translation>
    </message>
    <message>
        <source>Rebuild the index from your information: nothing you typed is lost. The files as they are now are first moved, exactly as they are, into the folder “{aside}”.</source>
        <translation>Reconstruir el índice a partir de su información: no se pierde nada de lo que escribió. Antes, los archivos tal como están ahora se mueven, sin cambios, a la carpeta “{aside}”.</translation>
    </message>
    <message>
        <source>Rebuild the index</source>
        <translation>Reconstruir el índice</translation>
    </message>
    <message>
        <source>What you can do now:</source>
        <translation>Lo que puede hacer ahora:</translation>
    </message>
    <message>
        <source>Nothing has been changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The files of your saved information were moved, exactly as they were, into the folder “{aside}”. You are starting with an empty workspace.</source>
        <translation>Los archivos de su información guardada se movieron, tal como estaban, a la carpeta “{aside}”. Usted empieza con un espacio de trabajo vacío.</translation>
    </message>
    <message>
        <source>The index could not be rebuilt ({reason}). Nothing has been changed.</source>
        <translation>No se pudo reconstruir el índice ({reason}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The index was rebuilt from your information; nothing you typed was lost. The files as they were are kept, exactly as they were, in the folder “{aside}”.</source>
        <translation>El índice se reconstruyó a partir de su información; no se perdió nada de lo que escribió. Los archivos tal como estaban se guardan, sin cambios, en la carpeta “{aside}”.</translation>
    </message>
    <message>
        <source> The files of your saved information are moved, exactly as they are, into the folder “{aside}”.</source>
        <translation> Los archivos de su información guardada se mueven, tal como están, a la carpeta “{aside}”.</translation>
    </message>
    <message>
        <source>Restore the newest good backup, of {when} ({holds}). Changes made after that time are not in it and would be missing.{kept}</source>
        <translation>Restaurar la copia de seguridad buena más reciente, del {when} ({holds}). Los cambios hechos después de ese momento no están en ella y faltarían.{kept}</translation>
    </message>
    <message>
        <source>{reason} You are starting with an empty workspace; the backups are still in the folder “{where}”.</source>
        <translation>{reason} Usted empieza con un espacio de trabajo vacío; las copias de seguridad siguen en la carpeta “{where}”.</translation>
    </message>
    <message>
        <source> The damaged files were moved, exactly as they were, into the folder “{aside}”.</source>
        <translation> Los archivos dañados se movieron, tal como estaban, a la carpeta “{aside}”.</translation>
    </message>
    <message>
        <source>Your information is back as it was on {when} ({holds}).{where}</source>
        <translation>Su información volvió a estar como el {when} ({holds}).{where}</translation>
    </message>
    <message>
        <source>Second Opinion Companion cannot start</source>
        <translation>Second Opinion Companion no puede iniciarse</translation>
    </message>
    <message>
        <source>Save for your calendar</source>
        <translation>Guardar para su calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Asked: {text}</source>
        <translation>Preguntada: {text}</translation>
    </message>
    <message>
        <source>To ask: {text}</source>
        <translation>Por preguntar: {text}</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Preguntada</translation>
    </message>
    <message>
        <source>To ask — tick it when you have asked</source>
        <translation>Por preguntar: márquela cuando la haya hecho</translation>
    </message>
    <message>
        <source>An automatic backup could not be made. Your information itself is unchanged.</source>
        <translation>No se pudo hacer una copia de seguridad automática. Su información en sí no ha cambiado.</translation>
    </message>
    <message>
        <source> (made just before a restore)</source>
        <translation> (hecha justo antes de una restauración)</translation>
    </message>
    <message>
        <source> (made just before an import)</source>
        <translation> (hecha justo antes de una importación)</translation>
    </message>
    <message>
        <source> (made before this version updated the file)</source>
        <translation> (hecha antes de que esta versión actualizara el archivo)</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No se restauró</translation>
    </message>
    <message>
        <source>Some of your latest changes are still waiting to be saved, so nothing was restored. Once they are saved, you can restore a backup.</source>
        <translation>Algunos de sus últimos cambios todavía esperan a guardarse, así que no se restauró nada. Cuando estén guardados, podrá restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Replace what is on this computer now ({here}) with the backup of {when} ({then})?

What is here now is backed up first; that backup will be in the list of backups, so you can go back to it by restoring it. Undo cannot go back past a restore.</source>
        <translation>¿Reemplazar lo que hay ahora en esta computadora ({here}) con la copia de seguridad del {when} ({then})?

Primero se hace una copia de lo que hay ahora; esa copia estará en la lista de copias de seguridad, así que podrá volver a ella restaurándola. Deshacer no puede ir más atrás de una restauración.</translation>
    </message>
    <message>
        <source>Replace with the backup</source>
        <translation>Reemplazar con la copia de seguridad</translation>
    </message>
    <message>
        <source>Restored the backup of {when}. What was here before is in File ▸ Backups ({before}).</source>
        <translation>Se restauró la copia de seguridad del {when}. Lo que había antes está en Archivo ▸ Copias de seguridad ({before}).</translation>
    </message>
    <message>
        <source>Name of this case</source>
        <translation>Nombre de este caso</translation>
    </message>
    <message>
        <source>Whose case (optional)</source>
        <translation>De quién es el caso (opcional)</translation>
    </message>
    <message>
        <source>The diagnosis as first given</source>
        <translation>El diagnóstico tal como se lo dieron</translation>
    </message>
    <message>
        <source>Date of diagnosis</source>
        <translation>Fecha del diagnóstico</translation>
    </message>
    <message>
        <source>Decide by (how long it is safe to wait)</source>
        <translation>Decidir antes del (cuánto tiempo es seguro esperar)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>¿Descartar sus cambios?</translation>
    </message>
    <message>
        <source>You changed this form. Close it and discard what you typed, or keep editing?</source>
        <translation>Usted cambió este formulario. ¿Cerrarlo y descartar lo que escribió, o seguir editando?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Check the decide-by date</source>
        <translation>Revise la fecha para decidir</translation>
    </message>
    <message>
        <source>Keep this date</source>
        <translation>Mantener esta fecha</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Datos del caso</translation>
    </message>
    <message>
        <source>Please check “%1”: %2</source>
        <translation>Revise “%1”: %2</translation>
    </message>
    <message>
        <source>Please give this case a name, for example “Mum — breast cancer”.</source>
        <translation>Póngale un nombre a este caso, por ejemplo “Mamá — cáncer de mama”.</translation>
    </message>
    <message>
        <source>Add an item of my own</source>
        <translation>Agregar un elemento propio</translation>
    </message>
    <message>
        <source>What is it? (for example “Dental check letter”)</source>
        <translation>¿Qué es? (por ejemplo “Carta del control dental”)</translation>
    </message>
    <message>
        <source>Set “{0}”</source>
        <translation>Poner “{0}”</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What this doctor says it shows</source>
        <translation>Lo que este médico dice que muestra</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Version or year</source>
        <translation>Versión o año</translation>
    </message>
    <message>
        <source>NCCN category</source>
        <translation>Categoría NCCN</translation>
    </message>
    <message>
        <source>Address or note</source>
        <translation>Dirección o nota</translation>
    </message>
    <message>
        <source>The new language is used the next time you open the app. Nothing you typed is affected.</source>
        <translation>El nuevo idioma se usará la próxima vez que abra la aplicación. Nada de lo que escribió se ve afectado.</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>Not locked: some changes are not saved yet. The app locks once they are saved.</source>
        <translation>No se bloqueó: algunos cambios todavía no están guardados. La aplicación se bloquea en cuanto se guarden.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nombre de la opinión</translation>
    </message>
    <message>
        <source>Doctor&apos;s name</source>
        <translation>Nombre del médico</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>Hospital or clinic</source>
        <translation>Hospital o clínica</translation>
    </message>
    <message>
        <source>Date of visit</source>
        <translation>Fecha de la consulta</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>Cómo se la dieron</translation>
    </message>
    <message>
        <source>Comparison — {0}</source>
        <translation>Comparación — {0}</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Questions for {0}</source>
        <translation>Preguntas para {0}</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Mis preguntas</translation>
    </message>
    <message>
        <source>Decision worksheet — {0}</source>
        <translation>Hoja de trabajo para decidir — {0}</translation>
    </message>
    <message>
        <source>Decision worksheet</source>
        <translation>Hoja de trabajo para decidir</translation>
    </message>
    <message>
        <source>No case yet</source>
        <translation>Todavía no hay un caso</translation>
    </message>
    <message>
        <source>Papers are made from a case. First create a case (File ▸ New case), or start with the example case.</source>
        <translation>Los documentos se hacen a partir de un caso. Primero cree un caso (Archivo ▸ Nuevo caso), o empiece con el caso de ejemplo.</translation>
    </message>
    <message>
        <source>All doctors</source>
        <translation>Todos los médicos</translation>
    </message>
    <message>
        <source>Saved the PDF as {0}</source>
        <translation>Se guardó el PDF como {0}</translation>
    </message>
    <message>
        <source>Sending the pages to the printer…</source>
        <translation>Enviando las páginas a la impresora…</translation>
    </message>
    <message>
        <source>With a passphrase, your information on this computer is encrypted: nobody can read it without the passphrase, not even by opening the files.

If you forget the passphrase, nobody can get your information back — not the makers of this app, not a computer shop. The only other way in is the recovery key the app shows you next: print it or save it somewhere safe, away from this computer.</source>
        <translation>Con una frase de contraseña, su información en esta computadora queda cifrada: nadie puede leerla sin la frase, ni siquiera abriendo los archivos.

Si olvida la frase de contraseña, nadie podrá recuperar su información: ni quienes hicieron esta aplicación, ni una tienda de computación. La única otra forma de entrar es la clave de recuperación que la aplicación le mostrará a continuación: imprímala o guárdela en un lugar seguro, lejos de esta computadora.</translation>
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation>Establecer una frase de contraseña</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Second Opinion Companion — recovery key

{key}

This key opens the information kept by the app on your computer if the passphrase is forgotten. Keep it private.</source>
        <translation>Second Opinion Companion — clave de recuperación

{key}

Esta clave abre la información que la aplicación guarda en su computadora si se olvida la frase de contraseña. Manténgala en privado.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Guardar la clave de recuperación</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>No se cambió nada</translation>
    </message>
    <message>
        <source>Some of your latest changes are still waiting to be saved, so nothing was changed. Once they are saved, you can try again.</source>
        <translation>Algunos de sus últimos cambios todavía esperan a guardarse, así que no se cambió nada. Cuando estén guardados, puede intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Your information could not be converted ({reason}). It is unchanged.</source>
        <translation>No se pudo convertir su información ({reason}). No ha cambiado.</translation>
    </message>
    <message>
        <source>Some backups could not be converted; they are kept as they were.</source>
        <translation>Algunas copias de seguridad no se pudieron convertir; se mantienen como estaban.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>The passphrase could not be changed ({reason}). The old one still opens your information.</source>
        <translation>No se pudo cambiar la frase de contraseña ({reason}). La anterior sigue abriendo su información.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <source>From now on, the new passphrase opens your information. Your recovery key still works.</source>
        <translation>A partir de ahora, la nueva frase de contraseña abre su información. Su clave de recuperación sigue funcionando.</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Quitar la frase de contraseña</translation>
    </message>
    <message>
        <source>Your information will no longer be encrypted: anyone who uses this computer account, or opens its files, could read it. Your backups are decrypted too.</source>
        <translation>Su información ya no estará cifrada: cualquiera que use esta cuenta de la computadora, o abra sus archivos, podría leerla. Sus copias de seguridad también se descifran.</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Bloquear después de</translation>
    </message>
    <message>
        <source>Lock the app after this many minutes without use (0: only when you lock it):</source>
        <translation>Bloquear la aplicación después de estos minutos sin uso (0: solo cuando usted la bloquee):</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Página {0} de {1}</translation>
    </message>
    <message>
        <source>the file or printer could not be opened for writing</source>
        <translation>no se pudo abrir el archivo o la impresora para escribir</translation>
    </message>
    <message>
        <source>“{0}” is {1}, larger than the 200 MB a document may be, so it was not added. Nothing was copied. You could ask for a smaller copy, or keep it beside the app.</source>
        <translation>“{0}” ocupa {1}, más que los 200 MB que puede tener un documento, así que no se agregó. No se copió nada. Podría pedir una copia más pequeña, o guardarlo aparte, fuera de la aplicación.</translation>
    </message>
    <message>
        <source>“{0}” is not a kind of file the app can keep. It keeps PDF files, photos (PNG or JPEG) and text files. Nothing was copied.</source>
        <translation>“{0}” no es un tipo de archivo que la aplicación pueda guardar. Guarda archivos PDF, fotos (PNG o JPEG) y archivos de texto. No se copió nada.</translation>
    </message>
    <message>
        <source>“{0}” is empty, so there is nothing to keep. Nothing was copied.</source>
        <translation>“{0}” está vacío, así que no hay nada que guardar. No se copió nada.</translation>
    </message>
    <message>
        <source>“{0}” could not be read. It may have been moved, or this user account may not be allowed to open it. Nothing was copied; please check the file and try again.</source>
        <translation>No se pudo leer “{0}”. Quizá se movió, o esta cuenta de usuario no tiene permiso para abrirlo. No se copió nada; revise el archivo e inténtelo de nuevo, por favor.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Adding “{0}”…</source>
        <translation>Agregando “{0}”…</translation>
    </message>
    <message>
        <source>Adding a document</source>
        <translation>Agregar un documento</translation>
    </message>
    <message>
        <source>“{0}” changed while it was being copied, so it was not added. Nothing was kept; please try again once it is finished.</source>
        <translation>“{0}” cambió mientras se copiaba, así que no se agregó. No se guardó nada; inténtelo de nuevo cuando el archivo esté terminado, por favor.</translation>
    </message>
    <message>
        <source>“{0}” could not be added because {1}. Nothing of it was kept, and your other information is unchanged. You can add it again once that is put right.</source>
        <translation>No se pudo agregar “{0}” porque {1}. No se guardó nada de él, y el resto de su información no ha cambiado. Puede agregarlo de nuevo cuando eso se haya resuelto.</translation>
    </message>
    <message>
        <source>of a fault in this app, not anything you did</source>
        <translation>hubo una falla en esta aplicación, no por algo que usted hiciera</translation>
    </message>
    <message>
        <source>Preparing the pages</source>
        <translation>Preparando las páginas</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Acomodando las páginas…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Escribiendo el PDF…</translation>
    </message>
    <message>
        <source>Could not save the PDF</source>
        <translation>No se pudo guardar el PDF</translation>
    </message>
    <message>
        <source>The PDF was not saved: {0}.

Nothing you typed in the app has changed. You can try again and choose another folder, such as Documents.</source>
        <translation>El PDF no se guardó: {0}.

Nada de lo que escribió en la aplicación ha cambiado. Puede intentarlo de nuevo y elegir otra carpeta, como Documentos.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Printout</source>
        <translation>Documento impreso</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>the folder “{0}” cannot be written to ({1})</source>
        <translation>no se puede escribir en la carpeta “{0}” ({1})</translation>
    </message>
    <message>
        <source>the PDF could not be written completely in “{0}”; the disk may be full</source>
        <translation>el PDF no se pudo escribir completo en “{0}”; puede que el disco esté lleno</translation>
    </message>
    <message>
        <source>“{0}” cannot be written ({1})</source>
        <translation>no se puede escribir “{0}” ({1})</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF guardado</translation>
    </message>
    <message>
        <source>The PDF is saved as:
{0}

You can print it, send it, or take it along on a phone or memory stick.</source>
        <translation>El PDF está guardado como:
{0}

Puede imprimirlo, enviarlo o llevarlo en un teléfono o una memoria USB.</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Check my decide-by date</source>
        <translation>Revisar mi fecha para decidir</translation>
    </message>
    <message>
        <source>Open the side-by-side comparison</source>
        <translation>Abrir la comparación lado a lado</translation>
    </message>
    <message>
        <source>Go to “What matters most to me”</source>
        <translation>Ir a “Lo que más me importa”</translation>
    </message>
    <message>
        <source>Open my question list</source>
        <translation>Abrir mi lista de preguntas</translation>
    </message>
    <message>
        <source>feeling sure</source>
        <translation>sentirse seguro</translation>
    </message>
    <message>
        <source>understanding the options</source>
        <translation>entender las opciones</translation>
    </message>
    <message>
        <source>what matters most</source>
        <translation>lo que más importa</translation>
    </message>
    <message>
        <source>support</source>
        <translation>apoyo</translation>
    </message>
    <message>
        <source>Typing in “{0}”</source>
        <translation>Escribiendo en “{0}”</translation>
    </message>
    <message>
        <source>What it involves</source>
        <translation>En qué consiste</translation>
    </message>
    <message>
        <source>Benefits — what could be good about it, in my words</source>
        <translation>Beneficios: lo que podría tener de bueno, en mis palabras</translation>
    </message>
    <message>
        <source>Risks and downsides — what could be hard about it, in my words</source>
        <translation>Riesgos y desventajas: lo que podría tener de difícil, en mis palabras</translation>
    </message>
    <message>
        <source>How much? (not said)</source>
        <translation>¿Cuánto? (sin decir)</translation>
    </message>
    <message>
        <source>Benefits, in my words</source>
        <translation>Beneficios, en mis palabras</translation>
    </message>
    <message>
        <source>Risks and downsides, in my words</source>
        <translation>Riesgos y desventajas, en mis palabras</translation>
    </message>
    <message>
        <source>Not important</source>
        <translation>No es importante</translation>
    </message>
    <message>
        <source>A little important</source>
        <translation>Algo importante</translation>
    </message>
    <message>
        <source>Quite important</source>
        <translation>Bastante importante</translation>
    </message>
    <message>
        <source>Very important</source>
        <translation>Muy importante</translation>
    </message>
    <message>
        <source>Importance not given</source>
        <translation>Importancia sin indicar</translation>
    </message>
    <message>
        <source>This worksheet helps you think the choice through and talk it over with your doctors. It does not make the decision, and it does not favour any option.</source>
        <translation>Esta hoja de trabajo le ayuda a pensar la decisión y a hablarla con sus médicos. No toma la decisión por usted y no favorece ninguna opción.</translation>
    </message>
    <message>
        <source>Option {number}:</source>
        <translation>Opción {number}:</translation>
    </message>
    <message>
        <source>My decision worksheet — {title}</source>
        <translation>Mi hoja de trabajo para decidir — {title}</translation>
    </message>
    <message>
        <source>My decision worksheet</source>
        <translation>Mi hoja de trabajo para decidir</translation>
    </message>
    <message>
        <source>The options</source>
        <translation>Las opciones</translation>
    </message>
    <message>
        <source>No options written down yet.</source>
        <translation>Todavía no hay opciones escritas.</translation>
    </message>
    <message>
        <source>Nothing written down yet.</source>
        <translation>Todavía no hay nada escrito.</translation>
    </message>
    <message>
        <source>The SURE check</source>
        <translation>La prueba SURE</translation>
    </message>
    <message>
        <source>Taken on {date}: {score} of 4 yes.</source>
        <translation>Hecha el {date}: {score} de 4 respuestas sí.</translation>
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
        <source>Not taken yet.</source>
        <translation>Todavía no se hizo.</translation>
    </message>
    <message>
        <source>The SURE test: Légaré et al., Can Fam Physician 2010;56:e308. Made with Second Opinion Companion.</source>
        <translation>La prueba SURE: Légaré et al., Can Fam Physician 2010;56:e308. Hecho con Second Opinion Companion.</translation>
    </message>
    <message>
        <source>Option name</source>
        <translation>Nombre de la opción</translation>
    </message>
    <message>
        <source>Name of this option</source>
        <translation>Nombre de esta opción</translation>
    </message>
    <message>
        <source>Suggested by</source>
        <translation>Propuesta por</translation>
    </message>
    <message>
        <source>Merge with another option…</source>
        <translation>Unir con otra opción…</translation>
    </message>
    <message>
        <source>Remove this option…</source>
        <translation>Quitar esta opción…</translation>
    </message>
    <message>
        <source>Option {n}</source>
        <translation>Opción {n}</translation>
    </message>
    <message>
        <source>Option {n}: {what}</source>
        <translation>Opción {n}: {what}</translation>
    </message>
    <message>
        <source>option {n}</source>
        <translation>opción {n}</translation>
    </message>
    <message>
        <source>Added by me</source>
        <translation>Agregada por mí</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Lo que me importa</translation>
    </message>
    <message>
        <source>For example: staying independent, working, time with family</source>
        <translation>Por ejemplo: seguir siendo independiente, trabajar, tiempo con la familia</translation>
    </message>
    <message>
        <source>How much it matters</source>
        <translation>Cuánto importa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this line of what matters</source>
        <translation>Quitar esta línea de lo que importa</translation>
    </message>
    <message>
        <source>Set how much it matters</source>
        <translation>Indicar cuánto importa</translation>
    </message>
    <message>
        <source>This worksheet is here to help you think the choice through and talk it over with your doctors and the people close to you. It does not make the decision for you, and it does not favour any option: each one gets the same questions, in the same order.</source>
        <translation>Esta hoja de trabajo está aquí para ayudarle a pensar la decisión y hablarla con sus médicos y con las personas cercanas. No toma la decisión por usted ni favorece ninguna opción: cada una recibe las mismas preguntas, en el mismo orden.</translation>
    </message>
    <message>
        <source>The decision I am making</source>
        <translation>La decisión que estoy tomando</translation>
    </message>
    <message>
        <source>Typing in “The decision I am making”</source>
        <translation>Escribiendo en “La decisión que estoy tomando”</translation>
    </message>
    <message>
        <source>For example: Which treatment for my prostate cancer, and when?</source>
        <translation>Por ejemplo: ¿Qué tratamiento para mi cáncer de próstata, y cuándo?</translation>
    </message>
    <message>
        <source>The options on the table</source>
        <translation>Las opciones sobre la mesa</translation>
    </message>
    <message>
        <source>Each option has the same questions. Write the benefits and the risks in your own words; if two options are really the same, merge them (both texts are kept).</source>
        <translation>Cada opción tiene las mismas preguntas. Escriba los beneficios y los riesgos con sus propias palabras; si dos opciones son en realidad la misma, únalas (se conservan ambos textos).</translation>
    </message>
    <message>
        <source>No options written down yet. Fill them in from what the doctors proposed, or add your own.</source>
        <translation>Todavía no hay opciones escritas. Complételas con lo que propusieron los médicos, o agregue las suyas.</translation>
    </message>
    <message>
        <source>Fill in from the doctors&apos; plans</source>
        <translation>Completar con los planes de los médicos</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Agregar una opción</translation>
    </message>
    <message>
        <source>What matters most to me</source>
        <translation>Lo que más me importa</translation>
    </message>
    <message>
        <source>A few things that matter to you in this choice, and how much.</source>
        <translation>Algunas cosas que le importan en esta decisión, y cuánto.</translation>
    </message>
    <message>
        <source>Add something that matters to me</source>
        <translation>Agregar algo que me importa</translation>
    </message>
    <message>
        <source>Which way I lean today</source>
        <translation>Hacia dónde me inclino hoy</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>Todavía no estoy seguro</translation>
    </message>
    <message>
        <source>Option {n}: {title}</source>
        <translation>Opción {n}: {title}</translation>
    </message>
    <message>
        <source>Every plan the doctors proposed is already an option here (or no plan is written down yet in the comparison). Nothing was changed.</source>
        <translation>Cada plan que propusieron los médicos ya es una opción aquí (o todavía no hay ningún plan escrito en la comparación). No se cambió nada.</translation>
    </message>
    <message>
        <source>this option</source>
        <translation>esta opción</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Quitar la opción</translation>
    </message>
    <message>
        <source>Remove “{name}” and what you wrote about it? You can undo this with Edit ▸ Undo.</source>
        <translation>¿Quitar “{name}” y lo que escribió sobre ella? Puede deshacerlo con Editar ▸ Deshacer.</translation>
    </message>
    <message>
        <source>Merge options</source>
        <translation>Unir opciones</translation>
    </message>
    <message>
        <source>There is no other option to merge with.</source>
        <translation>No hay otra opción con la cual unirla.</translation>
    </message>
    <message>
        <source>Which option is really the same as option {n}? They become one, and every text of both is kept.</source>
        <translation>¿Qué opción es en realidad la misma que la opción {n}? Se vuelven una sola, y se conservan todos los textos de ambas.</translation>
    </message>
    <message>
        <source>Remove what matters</source>
        <translation>Quitar lo que importa</translation>
    </message>
    <message>
        <source>Choose which way I lean</source>
        <translation>Elegir hacia dónde me inclino</translation>
    </message>
    <message>
        <source>This document cannot be shown</source>
        <translation>Este documento no se puede mostrar</translation>
    </message>
    <message>
        <source>“{0}” could not be handed to this computer&apos;s PDF viewer. Is one installed? The document itself is safe in the app.</source>
        <translation>No se pudo abrir “{0}” con el visor de PDF de esta computadora. ¿Hay uno instalado? El documento en sí está a salvo en la aplicación.</translation>
    </message>
    <message>
        <source>“{0}” could not be read back from your saved information. The rest of your information is not affected.</source>
        <translation>No se pudo leer “{0}” de su información guardada. El resto de su información no se ve afectado.</translation>
    </message>
    <message>
        <source>“{0}” seems to be a damaged picture, so it cannot be shown. It is kept as it was; you could attach a fresh copy of it.</source>
        <translation>“{0}” parece ser una imagen dañada, así que no se puede mostrar. Se guarda tal como estaba; podría adjuntar una copia nueva.</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Adjuntar documentos</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.txt *.text *.md)</source>
        <translation>Documentos (*.pdf *.png *.jpg *.jpeg *.txt *.text *.md)</translation>
    </message>
    <message>
        <source>Rename the document</source>
        <translation>Cambiar el nombre del documento</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Export to a file</source>
        <translation>Exportar a un archivo</translation>
    </message>
    <message>
        <source>Second Opinion Companion exports (*.socase)</source>
        <translation>Exportaciones de Second Opinion Companion (*.socase)</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Importar un archivo</translation>
    </message>
    <message>
        <source>Second Opinion Companion exports (*.socase);;All files (*)</source>
        <translation>Exportaciones de Second Opinion Companion (*.socase);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Not {what}</source>
        <translation>No se ha {what}</translation>
    </message>
    <message>
        <source>Some of your latest changes are still waiting to be saved, so nothing was done. Once they are saved, please try again.</source>
        <translation>Algunos de sus últimos cambios todavía esperan a guardarse, así que no se hizo nada. Cuando estén guardados, inténtelo de nuevo, por favor.</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportado</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation>Agregar {what}</translation>
    </message>
    <message>
        <source>Change {what} — {field}: “{old}” becomes “{new}”</source>
        <translation>Cambiar {what} — {field}: “{old}” pasa a ser “{new}”</translation>
    </message>
    <message>
        <source>Both laptops changed {what} — {field}: the newer is kept, the other beside it: “{new}”</source>
        <translation>Las dos computadoras cambiaron {what} — {field}: se guarda el más reciente y el otro queda al lado: “{new}”</translation>
    </message>
    <message>
        <source>Remove {what} ({other})</source>
        <translation>Quitar {what} ({other})</translation>
    </message>
    <message>
        <source>Not brought back: {what} (it was deleted on this computer)</source>
        <translation>No se recupera: {what} (se borró en esta computadora)</translation>
    </message>
    <message>
        <source>Left out: {what} ({other})</source>
        <translation>Se deja fuera: {what} ({other})</translation>
    </message>
    <message>
        <source>add {list}</source>
        <translation>agregar {list}</translation>
    </message>
    <message>
        <source>change {n} values</source>
        <translation>cambiar {n} valores</translation>
    </message>
    <message>
        <source>keep both versions of {n} values</source>
        <translation>conservar las dos versiones de {n} valores</translation>
    </message>
    <message>
        <source>remove {n} deleted on the other laptop</source>
        <translation>quitar {n} que se borraron en la otra computadora</translation>
    </message>
    <message>
        <source>Everything in this file is already here. Nothing will change.</source>
        <translation>Todo lo que hay en este archivo ya está aquí. No cambiará nada.</translation>
    </message>
    <message>
        <source>Importing will {parts}. Everything here is backed up first.</source>
        <translation>La importación va a {parts}. Primero se hace una copia de seguridad de todo lo que hay aquí.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No se importó</translation>
    </message>
    <message>
        <source>The file could not be read ({reason}). Nothing was changed here.</source>
        <translation>No se pudo leer el archivo ({reason}). Aquí no se cambió nada.</translation>
    </message>
    <message>
        <source>Summary for a new doctor — {0}</source>
        <translation>Resumen para un médico nuevo — {0}</translation>
    </message>
    <message>
        <source>Summary for a new doctor</source>
        <translation>Resumen para un médico nuevo</translation>
    </message>
    <message>
        <source>Do I feel confident about which choice is right for me?</source>
        <translation>¿Me siento seguro de cuál es la opción adecuada para mí?</translation>
    </message>
    <message>
        <source>Do I understand what each option could bring me, the good and the bad?</source>
        <translation>¿Entiendo lo que cada opción podría traerme, lo bueno y lo malo?</translation>
    </message>
    <message>
        <source>Do I know which of those good and bad points matter most to me?</source>
        <translation>¿Sé cuáles de esos puntos buenos y malos me importan más?</translation>
    </message>
    <message>
        <source>Do I have the help and backing I need to make this choice?</source>
        <translation>¿Tengo la ayuda y el apoyo que necesito para tomar esta decisión?</translation>
    </message>
    <message>
        <source>Feeling unsure is common. Check how much time you have (the decide-by date), and give yourself room to think it over with the people close to you.</source>
        <translation>Sentirse inseguro es común. Revise cuánto tiempo tiene (la fecha para decidir) y dese espacio para pensarlo con las personas cercanas.</translation>
    </message>
    <message>
        <source>Go back over what each doctor said, side by side, and note what is still unclear.</source>
        <translation>Repase lo que dijo cada médico, lado a lado, y anote lo que todavía no está claro.</translation>
    </message>
    <message>
        <source>Write down what matters most to you, and how much, in this worksheet.</source>
        <translation>Escriba en esta hoja de trabajo lo que más le importa, y cuánto.</translation>
    </message>
    <message>
        <source>Write down questions for your doctors, or ask for another talk with them or with someone you trust.</source>
        <translation>Escriba preguntas para sus médicos, o pida otra conversación con ellos o con alguien de su confianza.</translation>
    </message>
    <message>
        <source>You answered yes to all four questions. That suggests you feel clear and supported about this decision. Things can change, so you can take the check again at any time, and talking it over with your doctors is still worthwhile.</source>
        <translation>Respondió que sí a las cuatro preguntas. Eso indica que se siente claro y apoyado en esta decisión. Las cosas pueden cambiar, así que puede repetir la prueba cuando quiera, y hablarlo con sus médicos sigue valiendo la pena.</translation>
    </message>
    <message>
        <source>You answered yes to {score} of 4 questions. Fewer than four suggests you may not feel ready to decide yet. That is common and nothing to worry about: each “no” below names something that could help.</source>
        <translation>Respondió que sí a {score} de 4 preguntas. Menos de cuatro indica que quizá todavía no se sienta listo para decidir. Es común y no es motivo de preocupación: cada “no” de abajo nombra algo que podría ayudar.</translation>
    </message>
    <message>
        <source>✓ Agree</source>
        <translation>✓ De acuerdo</translation>
    </message>
    <message>
        <source>≠ Differ</source>
        <translation>≠ Difieren</translation>
    </message>
    <message>
        <source>? Unclear</source>
        <translation>? No está claro</translation>
    </message>
    <message>
        <source>— Not discussed</source>
        <translation>— No se habló</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinión</translation>
    </message>
    <message>
        <source>Involves: {kinds}</source>
        <translation>Incluye: {kinds}</translation>
    </message>
    <message>
        <source>(category {category})</source>
        <translation>(categoría {category})</translation>
    </message>
    <message>
        <source>[Open this opinion to read all of it]</source>
        <translation>[Abra esta opinión para leerla completa]</translation>
    </message>
    <message>
        <source>Can you tell me more about “{label}”?</source>
        <translation>¿Me puede explicar más sobre “{label}”?</translation>
    </message>
    <message>
        <source>The doctors see “{label}” differently ({said}). Can you help me understand why?</source>
        <translation>Los médicos ven “{label}” de forma distinta ({said}). ¿Me ayuda a entender por qué?</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> frente a </translation>
    </message>
    <message>
        <source>{kind}: included by {having}, not by {without}</source>
        <translation>{kind}: lo incluye {having}, no {without}</translation>
    </message>
    <message>
        <source>the plans are described differently</source>
        <translation>los planes se describen de forma distinta</translation>
    </message>
    <message>
        <source>{name} listed by {who} only</source>
        <translation>{name} solo lo menciona {who}</translation>
    </message>
    <message>
        <source>{name} read differently: {versus}</source>
        <translation>{name} se interpreta de forma distinta: {versus}</translation>
    </message>
    <message>
        <source>{name} cited by {who} only</source>
        <translation>{name} solo lo cita {who}</translation>
    </message>
    <message>
        <source>category {category}</source>
        <translation>categoría {category}</translation>
    </message>
    <message>
        <source>{name} given a different category: {versus}</source>
        <translation>{name} con otra categoría: {versus}</translation>
    </message>
    <message>
        <source>{label}: {versus}</source>
        <translation>{label}: {versus}</translation>
    </message>
    <message>
        <source>their entries are worded differently</source>
        <translation>sus anotaciones están redactadas de forma distinta</translation>
    </message>
    <message>
        <source>Your mark: {mark}</source>
        <translation>Su marca: {mark}</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <source>App&apos;s hint (you decide): {hints}</source>
        <translation>Pista de la aplicación (usted decide): {hints}</translation>
    </message>
    <message>
        <source>Comparison of opinions — {title}</source>
        <translation>Comparación de opiniones — {title}</translation>
    </message>
    <message>
        <source>Comparison of opinions</source>
        <translation>Comparación de opiniones</translation>
    </message>
    <message>
        <source>Whose case: {person}</source>
        <translation>De quién es el caso: {person}</translation>
    </message>
    <message>
        <source>Diagnosis as first given: {diagnosis}</source>
        <translation>Diagnóstico tal como se dio primero: {diagnosis}</translation>
    </message>
    <message>
        <source>Decide by: {date}</source>
        <translation>Decidir antes del {date}</translation>
    </message>
    <message>
        <source>No opinions recorded yet.</source>
        <translation>Todavía no hay opiniones anotadas.</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>Made with Second Opinion Companion from what you typed. The marks are yours; the hints are only the app noticing that entries are not the same.</source>
        <translation>Hecho con Second Opinion Companion a partir de lo que usted escribió. Las marcas son suyas; las pistas son solo la aplicación notando que las entradas no son iguales.</translation>
    </message>
    <message>
        <source>Appointment with {doctor}</source>
        <translation>Cita con {doctor}</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>With: {doctor}</source>
        <translation>Con: {doctor}</translation>
    </message>
    <message>
        <source>Purpose: {purpose}</source>
        <translation>Motivo: {purpose}</translation>
    </message>
    <message>
        <source>Bring: {things}</source>
        <translation>Llevar: {things}</translation>
    </message>
    <message>
        <source>Questions to ask — {title}</source>
        <translation>Preguntas para hacer — {title}</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas para hacer</translation>
    </message>
    <message>
        <source>For: {whom}</source>
        <translation>Para: {whom}</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>No questions yet.</source>
        <translation>Todavía no hay preguntas.</translation>
    </message>
    <message>
        <source>Made with Second Opinion Companion. Bring this page to your visit.</source>
        <translation>Hecho con Second Opinion Companion. Lleve esta página a su consulta.</translation>
    </message>
    <message>
        <source>Diagnosed on {date}</source>
        <translation>Diagnosticado el {date}</translation>
    </message>
    <message>
        <source>Decision wanted by {date}</source>
        <translation>Decisión necesaria antes del {date}</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} a las {time}</translation>
    </message>
    <message>
        <source>Appointment {when}</source>
        <translation>Cita el {when}</translation>
    </message>
    <message>
        <source>Plan: {plan}</source>
        <translation>Plan: {plan}</translation>
    </message>
    <message>
        <source>No plan written down</source>
        <translation>No hay un plan escrito</translation>
    </message>
    <message>
        <source>sent {date}</source>
        <translation>enviado el {date}</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>received {date}</source>
        <translation>recibido el {date}</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <source>to {whom}</source>
        <translation>a {whom}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>A summary for a new doctor, written by the person or their family.</source>
        <translation>Un resumen para un médico nuevo, escrito por la persona o su familia.</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Acerca de:</translation>
    </message>
    <message>
        <source>Diagnosis as first given:</source>
        <translation>Diagnóstico tal como se dio primero:</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>El caso</translation>
    </message>
    <message>
        <source>Opinions so far</source>
        <translation>Opiniones hasta ahora</translation>
    </message>
    <message>
        <source>Records sent</source>
        <translation>Expedientes enviados</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Preguntas pendientes</translation>
    </message>
    <message>
        <source>Made with Second Opinion Companion from what the person wrote down; please check the details with the records.</source>
        <translation>Hecho con Second Opinion Companion a partir de lo que anotó la persona; por favor, compruebe los detalles con los expedientes.</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 caso</translation>
    </message>
    <message>
        <source>{n} cases</source>
        <translation>{n} casos</translation>
    </message>
    <message>
        <source>1 opinion</source>
        <translation>1 opinión</translation>
    </message>
    <message>
        <source>{n} opinions</source>
        <translation>{n} opiniones</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 pregunta</translation>
    </message>
    <message>
        <source>{n} questions</source>
        <translation>{n} preguntas</translation>
    </message>
    <message>
        <source>The backup “{name}” is encrypted, and the app has no key for it now.</source>
        <translation>La copia de seguridad “{name}” está cifrada, y la aplicación no tiene ahora su clave.</translation>
    </message>
    <message>
        <source>The backup “{name}” cannot be opened.</source>
        <translation>La copia de seguridad “{name}” no se puede abrir.</translation>
    </message>
    <message>
        <source>The backup “{name}” does not open with the key of your information.</source>
        <translation>La copia de seguridad “{name}” no se abre con la clave de su información.</translation>
    </message>
    <message>
        <source>The backup “{name}” is damaged.</source>
        <translation>La copia de seguridad “{name}” está dañada.</translation>
    </message>
    <message>
        <source>The backup “{name}” is not one this version of the app can read.</source>
        <translation>La copia de seguridad “{name}” no es una que esta versión de la aplicación pueda leer.</translation>
    </message>
    <message>
        <source>it did not read back correctly</source>
        <translation>no se pudo volver a leer correctamente</translation>
    </message>
    <message>
        <source>A backup of your information could not be made ({reason}). Your information itself is unchanged, and older backups are kept.</source>
        <translation>No se pudo hacer una copia de seguridad de su información ({reason}). Su información en sí no ha cambiado, y se conservan las copias anteriores.</translation>
    </message>
    <message>
        <source>A backup of your information could not be saved ({reason}). Your information itself is unchanged, and older backups are kept.</source>
        <translation>No se pudo guardar una copia de seguridad de su información ({reason}). Su información en sí no ha cambiado, y se conservan las copias anteriores.</translation>
    </message>
    <message>
        <source>The backup of {when} cannot be read ({reason}).</source>
        <translation>La copia de seguridad del {when} no se puede leer ({reason}).</translation>
    </message>
    <message>
        <source>The backup of {when} has changed since it was made, so it is not used.</source>
        <translation>La copia de seguridad del {when} cambió desde que se hizo, así que no se usa.</translation>
    </message>
    <message>
        <source>The backup of {when} could not be put back ({reason}). What was there before is unchanged.</source>
        <translation>No se pudo restaurar la copia de seguridad del {when} ({reason}). Lo que había antes no ha cambiado.</translation>
    </message>
    <message>
        <source>There is already a data file in “{folder}”; it was not replaced.</source>
        <translation>Ya hay un archivo de datos en “{folder}”; no se reemplazó.</translation>
    </message>
    <message>
        <source>The backup could not be put in place ({reason}).</source>
        <translation>No se pudo poner la copia de seguridad en su lugar ({reason}).</translation>
    </message>
    <message>
        <source>Your saved information was not found: the file “{file}” is missing from the folder “{folder}”, but files that belong to it are still there. If you moved or renamed it, put it back and start the app again.</source>
        <translation>No se encontró su información guardada: falta el archivo “{file}” en la carpeta “{folder}”, pero todavía están los archivos que lo acompañan. Si lo movió o le cambió el nombre, vuelva a ponerlo y abra la aplicación de nuevo.</translation>
    </message>
    <message>
        <source>Your saved information was not found: this app has been used with the folder “{folder}” before, but the file “{file}” that holds your cases is not there. If you moved or renamed it, put it back and start the app again.</source>
        <translation>No se encontró su información guardada: esta aplicación ya se usó con la carpeta “{folder}”, pero no está el archivo “{file}” que guarda sus casos. Si lo movió o le cambió el nombre, vuelva a ponerlo y abra la aplicación de nuevo.</translation>
    </message>
    <message>
        <source>Your saved information in “{path}” was saved by a newer version of Second Opinion Companion, and this version cannot read it.</source>
        <translation>Su información guardada en “{path}” la guardó una versión más nueva de Second Opinion Companion, y esta versión no puede leerla.</translation>
    </message>
    <message>
        <source>It has not been changed.</source>
        <translation>No se ha cambiado.</translation>
    </message>
    <message>
        <source>Please use the newer version, or start this one with another data folder (--data-dir).</source>
        <translation>Use la versión más nueva, por favor, o abra esta con otra carpeta de datos (--data-dir).</translation>
    </message>
    <message>
        <source>Your saved information in “{path}” is damaged: {what} The app will not write to it again.</source>
        <translation>Su información guardada en “{path}” está dañada: {what} La aplicación no volverá a escribir en ella.</translation>
    </message>
    <message>
        <source>in its place there is a folder, not the app&apos;s data file.</source>
        <translation>en su lugar hay una carpeta, no el archivo de datos de la aplicación.</translation>
    </message>
    <message>
        <source>in its place there is something that is not a file, not the app&apos;s data file.</source>
        <translation>en su lugar hay algo que no es un archivo, no el archivo de datos de la aplicación.</translation>
    </message>
    <message>
        <source>it cannot be read ({detail}).</source>
        <translation>no se puede leer ({detail}).</translation>
    </message>
    <message>
        <source>Your saved information is empty: the file “{path}” has nothing in it (0 bytes), so no cases could be read from it. This can happen if the computer stopped suddenly while saving, or if the disk was full.</source>
        <translation>Su información guardada está vacía: el archivo “{path}” no contiene nada (0 bytes), así que no se pudo leer ningún caso. Esto puede pasar si la computadora se apagó de golpe mientras guardaba, o si el disco estaba lleno.</translation>
    </message>
    <message>
        <source>it is not a data file this app can read (its beginning is not what it should be).</source>
        <translation>no es un archivo de datos que esta aplicación pueda leer (su comienzo no es el que debería).</translation>
    </message>
    <message>
        <source>its beginning is damaged.</source>
        <translation>su comienzo está dañado.</translation>
    </message>
    <message>
        <source>it has been cut short, so part of it is missing.</source>
        <translation>quedó cortado, así que falta una parte.</translation>
    </message>
    <message>
        <source>the file holding its most recent changes (“{name}”) is damaged.</source>
        <translation>el archivo con sus cambios más recientes (“{name}”) está dañado.</translation>
    </message>
    <message>
        <source>the file holding its most recent changes (“{name}”) is missing, so the latest changes are not there.</source>
        <translation>falta el archivo con sus cambios más recientes (“{name}”), así que los últimos cambios no están.</translation>
    </message>
    <message>
        <source>an index -- a part of the file that helps the app find things quickly -- does not match your information. Your information itself reads back whole, and the index can be rebuilt from it.</source>
        <translation>un índice (una parte del archivo que ayuda a la aplicación a encontrar las cosas rápidamente) no coincide con su información. Su información en sí se lee completa, y el índice se puede reconstruir a partir de ella.</translation>
    </message>
    <message>
        <source>parts of it are broken inside.</source>
        <translation>algunas partes internas están rotas.</translation>
    </message>
    <message>
        <source>it is not a data file this app can read.</source>
        <translation>no es un archivo de datos que esta aplicación pueda leer.</translation>
    </message>
    <message>
        <source>the computer could not read it from the disk.</source>
        <translation>la computadora no pudo leerlo del disco.</translation>
    </message>
    <message>
        <source>Your saved information in “{path}” could not be checked ({detail}). It has not been changed. Please check that you can open that folder, then start the app again.</source>
        <translation>No se pudo revisar su información guardada en “{path}” ({detail}). No se ha cambiado. Compruebe que puede abrir esa carpeta y luego abra la aplicación de nuevo, por favor.</translation>
    </message>
    <message>
        <source>it holds something other than this app&apos;s information.</source>
        <translation>contiene algo distinto de la información de esta aplicación.</translation>
    </message>
    <message>
        <source>a part of it that holds your information (the “{table}” table) is missing.</source>
        <translation>falta una parte que guarda su información (la tabla “{table}”).</translation>
    </message>
    <message>
        <source>a part of it that holds your information (the “{table}” table) is not as it should be.</source>
        <translation>una parte que guarda su información (la tabla “{table}”) no está como debería.</translation>
    </message>
    <message>
        <source>a stored value (in “{table}”) is not of the right kind.</source>
        <translation>un valor guardado (en “{table}”) no es del tipo correcto.</translation>
    </message>
    <message>
        <source>some stored text (in “{table}”) is not readable.</source>
        <translation>parte del texto guardado (en “{table}”) no se puede leer.</translation>
    </message>
    <message>
        <source>a stored list (in “{table}”) is not readable.</source>
        <translation>una lista guardada (en “{table}”) no se puede leer.</translation>
    </message>
    <message>
        <source>The damaged file could not be moved aside into “{target}” ({detail}). Nothing has been changed. Please check that the folder can be written to, or start the app with another data folder (--data-dir).</source>
        <translation>No se pudo apartar el archivo dañado en “{target}” ({detail}). No se ha cambiado nada. Compruebe que se puede escribir en la carpeta, o abra la aplicación con otra carpeta de datos (--data-dir), por favor.</translation>
    </message>
    <message>
        <source>The damaged file was moved to “{target}”, but it now reads differently from before. Please leave that folder as it is.</source>
        <translation>El archivo dañado se movió a “{target}”, pero ahora se lee distinto que antes. Deje esa carpeta como está, por favor.</translation>
    </message>
    <message>
        <source>that is a file, not a folder</source>
        <translation>eso es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>Your information cannot be saved in the folder “{path}”: {reason}. Nothing has been changed. Please choose a folder you can write to (for example with --data-dir), or check that the disk is not full.</source>
        <translation>Su información no se puede guardar en la carpeta “{path}”: {reason}. No se ha cambiado nada. Elija una carpeta en la que pueda escribir (por ejemplo con --data-dir), o compruebe que el disco no esté lleno, por favor.</translation>
    </message>
    <message>
        <source>The file “{name}” that opens your encrypted information cannot be read, so the app cannot open it. Nothing has been changed. If you have a copy of that file, put it back in the data folder.</source>
        <translation>No se puede leer el archivo “{name}” que abre su información cifrada, así que la aplicación no puede abrirla. No se ha cambiado nada. Si tiene una copia de ese archivo, vuelva a ponerla en la carpeta de datos.</translation>
    </message>
    <message>
        <source>That passphrase does not open your information. Please check the keyboard (Caps Lock, the language of the keyboard) and try again, or type your recovery key instead.</source>
        <translation>Esa frase de contraseña no abre su información. Revise el teclado (Bloq Mayús, el idioma del teclado) e inténtelo de nuevo, o escriba en su lugar su clave de recuperación.</translation>
    </message>
    <message>
        <source>That key does not open this file.</source>
        <translation>Esa clave no abre este archivo.</translation>
    </message>
    <message>
        <source>The converted copy of your information did not read back the same, so nothing was changed.</source>
        <translation>La copia convertida de su información no se leyó igual, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>Your information is already protected by a passphrase.</source>
        <translation>Su información ya está protegida con una frase de contraseña.</translation>
    </message>
    <message>
        <source>it ends too early</source>
        <translation>termina antes de tiempo</translation>
    </message>
    <message>
        <source>its check sum is missing</source>
        <translation>falta su suma de comprobación</translation>
    </message>
    <message>
        <source>its contents are incomplete</source>
        <translation>su contenido está incompleto</translation>
    </message>
    <message>
        <source>its contents are not readable</source>
        <translation>su contenido no se puede leer</translation>
    </message>
    <message>
        <source>its contents do not match its check sum</source>
        <translation>su contenido no coincide con su suma de comprobación</translation>
    </message>
    <message>
        <source>its header is not readable</source>
        <translation>su encabezado no se puede leer</translation>
    </message>
    <message>
        <source>its header is too large</source>
        <translation>su encabezado es demasiado grande</translation>
    </message>
    <message>
        <source>its protection is not readable</source>
        <translation>su protección no se puede leer</translation>
    </message>
    <message>
        <source>its protection settings are not valid</source>
        <translation>los ajustes de su protección no son válidos</translation>
    </message>
    <message>
        <source>its version is not readable</source>
        <translation>su versión no se puede leer</translation>
    </message>
    <message>
        <source>an attached document&apos;s bytes do not match their check sum</source>
        <translation>el contenido de un documento adjunto no coincide con su suma de comprobación</translation>
    </message>
    <message>
        <source>an attached document&apos;s bytes were changed</source>
        <translation>el contenido de un documento adjunto fue modificado</translation>
    </message>
    <message>
        <source>its attached documents are not readable</source>
        <translation>sus documentos adjuntos no se pueden leer</translation>
    </message>
    <message>
        <source>This export file is damaged or incomplete, so it cannot be imported ({detail}). Nothing was changed here. Please ask for the file again, or copy it again from where it came from.</source>
        <translation>Este archivo exportado está dañado o incompleto, así que no se puede importar ({detail}). Aquí no se cambió nada. Pida el archivo de nuevo, o vuelva a copiarlo desde donde vino, por favor.</translation>
    </message>
    <message>
        <source>The file could not be read ({reason}). Nothing was changed here. Please check that it is still there, or copy it again.</source>
        <translation>No se pudo leer el archivo ({reason}). No se cambió nada aquí. Compruebe que el archivo sigue ahí, o cópielo de nuevo.</translation>
    </message>
    <message>
        <source>the {what} is missing</source>
        <translation>falta el dato “{what}”</translation>
    </message>
    <message>
        <source>the {what} is not readable</source>
        <translation>el dato “{what}” no se puede leer</translation>
    </message>
    <message>
        <source>the {what} has the wrong length</source>
        <translation>el dato “{what}” tiene un largo equivocado</translation>
    </message>
    <message>
        <source>an attached document&apos;s stored bytes are not as they were saved</source>
        <translation>los bytes guardados de un documento adjunto no son los que se guardaron</translation>
    </message>
    <message>
        <source>This file is larger than any export this app makes, so it was not opened. Nothing was changed here.</source>
        <translation>Este archivo es más grande que cualquier exportación que hace esta aplicación, así que no se abrió. Aquí no se cambió nada.</translation>
    </message>
    <message>
        <source>This is not a file exported by Second Opinion Companion, so it cannot be imported. Nothing was changed here. Please choose the file that File ▸ Export… made (its name usually ends in .socase).</source>
        <translation>Este no es un archivo exportado por Second Opinion Companion, así que no se puede importar. Aquí no se cambió nada. Elija el archivo que hizo Archivo ▸ Exportar… (su nombre suele terminar en .socase), por favor.</translation>
    </message>
    <message>
        <source>This file was exported by a newer version of Second Opinion Companion, which writes a format this version cannot read. Nothing was changed here. Please update the app on this computer, then import it again.</source>
        <translation>Este archivo lo exportó una versión más nueva de Second Opinion Companion, que escribe un formato que esta versión no puede leer. Aquí no se cambió nada. Actualice la aplicación en esta computadora y luego impórtelo de nuevo, por favor.</translation>
    </message>
    <message>
        <source>This file asks for far more memory or time to unlock than this app allows (scrypt n={n}, r={r}, p={p}), so it was not opened. Nothing was changed here. A file made by this app never asks for that; it may not be what it seems.</source>
        <translation>Este archivo pide mucha más memoria o tiempo para desbloquearse de lo que permite esta aplicación (scrypt n={n}, r={r}, p={p}), así que no se abrió. Aquí no se cambió nada. Un archivo hecho por esta aplicación nunca pide eso; quizá no sea lo que parece.</translation>
    </message>
    <message>
        <source>This file is protected by a passphrase. Please type the passphrase that was chosen when it was exported.</source>
        <translation>Este archivo está protegido con una frase de contraseña. Escriba la frase que se eligió al exportarlo, por favor.</translation>
    </message>
    <message>
        <source>This passphrase does not open the file. Please check it and try again: capital letters and spaces count. If it is right, the file was changed or damaged after it was exported; ask for it again. Nothing was changed here.</source>
        <translation>Esta frase de contraseña no abre el archivo. Revísela e inténtelo de nuevo: las mayúsculas y los espacios cuentan. Si es correcta, el archivo se cambió o se dañó después de exportarse; pídalo de nuevo. Aquí no se cambió nada.</translation>
    </message>
    <message>
        <source>This file unpacks to more than any export this app makes, so it was not imported. Nothing was changed here.</source>
        <translation>Este archivo, al descomprimirse, ocupa más que cualquier exportación que hace esta aplicación, así que no se importó. Aquí no se cambió nada.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>this user account is not allowed to use that place</source>
        <translation>esta cuenta de usuario no tiene permiso para usar ese lugar</translation>
    </message>
    <message>
        <source>that disk can only be read, not written to</source>
        <translation>ese disco solo se puede leer, no se puede escribir en él</translation>
    </message>
    <message>
        <source>it is not there (was a drive taken out?)</source>
        <translation>no está ahí (¿se desconectó una unidad?)</translation>
    </message>
    <message>
        <source>part of the way there is a file, not a folder</source>
        <translation>parte del camino hasta ahí es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>a folder of that name is in the way</source>
        <translation>hay una carpeta con ese nombre</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>el disco informó un error</translation>
    </message>
    <message>
        <source>the name is too long for that disk</source>
        <translation>el nombre es demasiado largo para ese disco</translation>
    </message>
    <message>
        <source>the data folder cannot be written to</source>
        <translation>no se puede escribir en la carpeta de datos</translation>
    </message>
    <message>
        <source>the disk reported an error while writing</source>
        <translation>el disco informó un error al escribir</translation>
    </message>
    <message>
        <source>another program is using the data file</source>
        <translation>otro programa está usando el archivo de datos</translation>
    </message>
    <message>
        <source>the data file is damaged</source>
        <translation>el archivo de datos está dañado</translation>
    </message>
    <message>
        <source>Freeing some space on the disk will let it save.</source>
        <translation>Si libera algo de espacio en el disco, se podrá guardar.</translation>
    </message>
    <message>
        <source>Check that the data folder still exists and can be written to.</source>
        <translation>Compruebe que la carpeta de datos todavía existe y que se puede escribir en ella.</translation>
    </message>
    <message>
        <source>Check that the disk is still connected and working.</source>
        <translation>Compruebe que el disco sigue conectado y funcionando.</translation>
    </message>
    <message>
        <source>Closing the other program will let it save.</source>
        <translation>Si cierra el otro programa, se podrá guardar.</translation>
    </message>
    <message>
        <source>Please keep the app open and copy the data folder somewhere safe.</source>
        <translation>Deje la aplicación abierta y copie la carpeta de datos a un lugar seguro, por favor.</translation>
    </message>
    <message>
        <source>Your saved information in “{path}” belongs to another user account on this computer, so this app cannot save into it. Nothing has been changed. Please start the app from the account it belongs to, or with another data folder (--data-dir).</source>
        <translation>Su información guardada en “{path}” pertenece a otra cuenta de usuario de esta computadora, así que esta aplicación no puede guardar en ella. No se ha cambiado nada. Abra la aplicación desde la cuenta a la que pertenece, o con otra carpeta de datos (--data-dir), por favor.</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message>
        <source>it cannot be written to by this user account</source>
        <translation>esta cuenta de usuario no puede escribir en ella</translation>
    </message>
    <message>
        <source>an unexpected problem</source>
        <translation>un problema inesperado</translation>
    </message>
    <message>
        <source>The saved information in “{path}” could not be opened ({reason}). Please check that the folder can be written to and the disk is not full, or start the app with another data folder (--data-dir).</source>
        <translation>No se pudo abrir la información guardada en “{path}” ({reason}). Compruebe que se puede escribir en la carpeta y que el disco no está lleno, o abra la aplicación con otra carpeta de datos (--data-dir), por favor.</translation>
    </message>
    <message>
        <source>The saved information in “{path}” could not be opened (SQLite would not use its safe way of saving, only “{mode}”). Please start the app with another data folder.</source>
        <translation>No se pudo abrir la información guardada en “{path}” (SQLite no quiso usar su forma segura de guardar, solo “{mode}”). Abra la aplicación con otra carpeta de datos, por favor.</translation>
    </message>
    <message>
        <source>Your saved information in “{path}” was saved by a newer version of Second Opinion Companion, and this version cannot read it. Please use the newer version.</source>
        <translation>Su información guardada en “{path}” la guardó una versión más nueva de Second Opinion Companion, y esta versión no puede leerla. Use la versión más nueva, por favor.</translation>
    </message>
    <message>
        <source>Part of your saved information in “{path}” is damaged and could not be read. To keep the rest as it is, the app will not save anything into this file from now on. Please quit the app; when you start it again it will check the file and offer to keep the damaged file aside and start with an empty workspace.</source>
        <translation>Una parte de su información guardada en “{path}” está dañada y no se pudo leer. Para conservar el resto tal como está, la aplicación ya no guardará nada en este archivo. Cierre la aplicación, por favor; cuando la abra de nuevo revisará el archivo y le ofrecerá apartar el archivo dañado y empezar con un espacio de trabajo vacío.</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Agregar pregunta</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Borrar pregunta</translation>
    </message>
    <message>
        <source>Ask {doctor}</source>
        <translation>Preguntar a {doctor}</translation>
    </message>
    <message>
        <source>Do not ask {doctor}</source>
        <translation>No preguntar a {doctor}</translation>
    </message>
    <message>
        <source>Tick asked</source>
        <translation>Marcar como preguntada</translation>
    </message>
    <message>
        <source>Plan a third opinion</source>
        <translation>Planear una tercera opinión</translation>
    </message>
    <message>
        <source>Remove third-opinion plan</source>
        <translation>Quitar el plan de tercera opinión</translation>
    </message>
    <message>
        <source>That change could not be saved because what it belongs to is no longer there — it may have been deleted. Nothing else was changed.</source>
        <translation>Ese cambio no se pudo guardar porque aquello a lo que pertenece ya no está: quizá se borró. No se cambió nada más.</translation>
    </message>
    <message>
        <source>That change could not be saved because of a fault in this app, not anything you did (SQLite code {code}: {detail}). Your earlier work is unchanged.</source>
        <translation>Ese cambio no se pudo guardar por una falla de esta aplicación, no por nada que usted hiciera (código de SQLite {code}: {detail}). Su trabajo anterior no ha cambiado.</translation>
    </message>
    <message>
        <source>Your latest change could not be saved yet because {reason}. {advice}</source>
        <translation>Su último cambio todavía no se pudo guardar porque {reason}. {advice}</translation>
    </message>
    <message>
        <source>That change was not saved: part of the data file was found damaged, so the app no longer writes into it, to keep the rest as it is. Please quit the app; when it starts again it checks the file and offers what you can do.</source>
        <translation>Ese cambio no se guardó: se encontró dañada una parte del archivo de datos, así que la aplicación ya no escribe en él, para conservar el resto tal como está. Cierre la aplicación, por favor; cuando se abra de nuevo revisará el archivo y le ofrecerá lo que puede hacer.</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Quitar pregunta</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>Mover pregunta</translation>
    </message>
    <message>
        <source>Add mark</source>
        <translation>Agregar marca</translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation>Quitar marca</translation>
    </message>
    <message>
        <source>Move mark</source>
        <translation>Mover marca</translation>
    </message>
    <message>
        <source>Add appointment</source>
        <translation>Agregar cita</translation>
    </message>
    <message>
        <source>Remove appointment</source>
        <translation>Quitar cita</translation>
    </message>
    <message>
        <source>Move appointment</source>
        <translation>Mover cita</translation>
    </message>
    <message>
        <source>Add record to send</source>
        <translation>Agregar expediente para enviar</translation>
    </message>
    <message>
        <source>Remove record to send</source>
        <translation>Quitar expediente para enviar</translation>
    </message>
    <message>
        <source>Move record to send</source>
        <translation>Mover expediente para enviar</translation>
    </message>
    <message>
        <source>Add answer</source>
        <translation>Agregar respuesta</translation>
    </message>
    <message>
        <source>Remove answer</source>
        <translation>Quitar respuesta</translation>
    </message>
    <message>
        <source>Move answer</source>
        <translation>Mover respuesta</translation>
    </message>
    <message>
        <source>Add third-opinion plan</source>
        <translation>Agregar plan de tercera opinión</translation>
    </message>
    <message>
        <source>Move third-opinion plan</source>
        <translation>Mover plan de tercera opinión</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Agregar decisión</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Quitar decisión</translation>
    </message>
    <message>
        <source>Move decision</source>
        <translation>Mover decisión</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Agregar opción</translation>
    </message>
    <message>
        <source>Move option</source>
        <translation>Mover opción</translation>
    </message>
    <message>
        <source>Add what matters</source>
        <translation>Agregar lo que importa</translation>
    </message>
    <message>
        <source>Move what matters</source>
        <translation>Mover lo que importa</translation>
    </message>
    <message>
        <source>Add SURE check</source>
        <translation>Agregar prueba SURE</translation>
    </message>
    <message>
        <source>Remove SURE check</source>
        <translation>Quitar prueba SURE</translation>
    </message>
    <message>
        <source>Move SURE check</source>
        <translation>Mover prueba SURE</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Agregar documento</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Quitar documento</translation>
    </message>
    <message>
        <source>Move document</source>
        <translation>Mover documento</translation>
    </message>
    <message>
        <source>Add opinion</source>
        <translation>Agregar opinión</translation>
    </message>
    <message>
        <source>Remove opinion</source>
        <translation>Quitar opinión</translation>
    </message>
    <message>
        <source>Move opinion</source>
        <translation>Mover opinión</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Add case</source>
        <translation>Agregar caso</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Borrar caso</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Agregar fila</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Quitar fila</translation>
    </message>
    <message>
        <source>Invasive ductal carcinoma of the left breast, hormone-receptor positive, HER2 negative.</source>
        <translation>Carcinoma ductal invasivo de la mama izquierda, con receptores hormonales positivos, HER2 negativo.</translation>
    </message>
    <message>
        <source>Stage IIA: tumor about 2.5 cm, no lymph nodes involved on the scan.</source>
        <translation>Etapa IIA: tumor de unos 2,5 cm, sin ganglios linfáticos afectados en la imagen.</translation>
    </message>
    <message>
        <source>Surgery first (lumpectomy with sentinel node biopsy), then radiation, then hormone therapy for 5 years.</source>
        <translation>Primero cirugía (tumorectomía con biopsia del ganglio centinela), luego radioterapia, luego terapia hormonal durante 5 años.</translation>
    </message>
    <message>
        <source>Tumor is small enough to remove with breast-conserving surgery; the hormone receptors make hormone therapy likely to help.</source>
        <translation>El tumor es lo bastante pequeño para quitarlo con cirugía que conserva la mama; los receptores hormonales hacen probable que la terapia hormonal ayude.</translation>
    </message>
    <message>
        <source>None before surgery.</source>
        <translation>Ninguna antes de la cirugía.</translation>
    </message>
    <message>
        <source>Most people in a similar position have surgery first.</source>
        <translation>La mayoría de las personas en una situación parecida se operan primero.</translation>
    </message>
    <message>
        <source>Not mentioned.</source>
        <translation>No se mencionó.</translation>
    </message>
    <message>
        <source>Surgery within the next 4 to 6 weeks.</source>
        <translation>Cirugía dentro de las próximas 4 a 6 semanas.</translation>
    </message>
    <message>
        <source>Talked about the scar, tiredness from radiation, hot flushes from the tablets.</source>
        <translation>Habló de la cicatriz, del cansancio por la radioterapia y de los sofocos por las pastillas.</translation>
    </message>
    <message>
        <source>Whether chemotherapy would be needed after surgery.</source>
        <translation>Si haría falta quimioterapia después de la cirugía.</translation>
    </message>
    <message>
        <source>Kind, but the visit felt rushed.</source>
        <translation>Amable, pero la consulta se sintió apurada.</translation>
    </message>
    <message>
        <source>Invasive ductal carcinoma, ER and PR positive, HER2 negative, grade 2.</source>
        <translation>Carcinoma ductal invasivo, RE y RP positivos, HER2 negativo, grado 2.</translation>
    </message>
    <message>
        <source>Probably stage IIA; wants the pathology slides re-read first.</source>
        <translation>Probablemente etapa IIA; quiere que primero se vuelvan a leer las láminas de patología.</translation>
    </message>
    <message>
        <source>Genomic test on the biopsy first. If the score is high, chemotherapy before surgery; if low, surgery first as already planned.</source>
        <translation>Primero una prueba genómica de la biopsia. Si el puntaje es alto, quimioterapia antes de la cirugía; si es bajo, primero cirugía como ya estaba previsto.</translation>
    </message>
    <message>
        <source>The genomic test result could change whether chemotherapy helps.</source>
        <translation>El resultado de la prueba genómica podría cambiar si la quimioterapia ayuda.</translation>
    </message>
    <message>
        <source>Genomic test on the tissue block; re-read of the pathology slides.</source>
        <translation>Prueba genómica del bloque de tejido; nueva lectura de las láminas de patología.</translation>
    </message>
    <message>
        <source>Usually orders the genomic test before deciding.</source>
        <translation>Suele pedir la prueba genómica antes de decidir.</translation>
    </message>
    <message>
        <source>A trial of shorter radiation courses may be open.</source>
        <translation>Puede haber abierto un ensayo de tratamientos de radioterapia más cortos.</translation>
    </message>
    <message>
        <source>A few weeks for the test result is fine.</source>
        <translation>Esperar unas semanas por el resultado de la prueba está bien.</translation>
    </message>
    <message>
        <source>Chemotherapy side effects explained; benefit depends on the test score.</source>
        <translation>Explicó los efectos secundarios de la quimioterapia; el beneficio depende del puntaje de la prueba.</translation>
    </message>
    <message>
        <source>How long the genomic test takes.</source>
        <translation>Cuánto tarda la prueba genómica.</translation>
    </message>
    <message>
        <source>Took time to explain. Brought a printed plan.</source>
        <translation>Se tomó tiempo para explicar. Trajo un plan impreso.</translation>
    </message>
    <message>
        <source>Example — Sam, breast cancer</source>
        <translation>Ejemplo — Sam, cáncer de mama</translation>
    </message>
    <message>
        <source>Sam (example)</source>
        <translation>Sam (ejemplo)</translation>
    </message>
    <message>
        <source>Breast cancer, left side</source>
        <translation>Cáncer de mama, lado izquierdo</translation>
    </message>
    <message>
        <source>This is a made-up example to show how the app works. You can delete it.</source>
        <translation>Este es un ejemplo inventado para mostrar cómo funciona la aplicación. Puede borrarlo.</translation>
    </message>
    <message>
        <source>First opinion</source>
        <translation>Primera opinión</translation>
    </message>
    <message>
        <source>City Hospital</source>
        <translation>Hospital de la Ciudad</translation>
    </message>
    <message>
        <source>Biopsy pathology</source>
        <translation>Patología de la biopsia</translation>
    </message>
    <message>
        <source>Invasive ductal carcinoma, ER+ PR+ HER2-</source>
        <translation>Carcinoma ductal invasivo, RE+ RP+ HER2-</translation>
    </message>
    <message>
        <source>Mammogram and ultrasound</source>
        <translation>Mamografía y ecografía</translation>
    </message>
    <message>
        <source>2.5 cm mass, nodes look normal</source>
        <translation>Masa de 2,5 cm, los ganglios se ven normales</translation>
    </message>
    <message>
        <source>Breast Cancer</source>
        <translation>Cáncer de mama</translation>
    </message>
    <message>
        <source>Surgery first is an option</source>
        <translation>La cirugía primero es una opción</translation>
    </message>
    <message>
        <source>Second opinion</source>
        <translation>Segunda opinión</translation>
    </message>
    <message>
        <source>University Cancer Center</source>
        <translation>Centro Oncológico Universitario</translation>
    </message>
    <message>
        <source>Agrees on type; grade 2; wants re-read</source>
        <translation>Coincide en el tipo; grado 2; quiere una nueva lectura</translation>
    </message>
    <message>
        <source>Genomic testing</source>
        <translation>Pruebas genómicas</translation>
    </message>
    <message>
        <source>Genomic score and chemotherapy benefit</source>
        <translation>Puntaje genómico y beneficio de la quimioterapia</translation>
    </message>
    <message>
        <source>Mark row</source>
        <translation>Marcar fila</translation>
    </message>
    <message>
        <source>Fill in options from the plans</source>
        <translation>Completar las opciones con los planes</translation>
    </message>
    <message>
        <source>Take the SURE check</source>
        <translation>Hacer la prueba SURE</translation>
    </message>
    <message>
        <source>This export file&apos;s contents are not as this app writes them ({where}), so it was not imported. Nothing was changed here. Please ask for the file again.</source>
        <translation>El contenido de este archivo exportado no es como lo escribe esta aplicación ({where}), así que no se importó. Aquí no se cambió nada. Pida el archivo de nuevo, por favor.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Comenzando…</translation>
    </message>
    <message>
        <source>Gathering what goes into the file…</source>
        <translation>Reuniendo lo que irá en el archivo…</translation>
    </message>
    <message>
        <source>Protecting the file with the passphrase…</source>
        <translation>Protegiendo el archivo con la frase de contraseña…</translation>
    </message>
    <message>
        <source>Packing the file…</source>
        <translation>Preparando el archivo…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Escribiendo el archivo…</translation>
    </message>
    <message>
        <source>Opening the file</source>
        <translation>Abriendo el archivo</translation>
    </message>
    <message>
        <source>Unlocking the file with the passphrase…</source>
        <translation>Abriendo el archivo con la frase de contraseña…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Working out what importing would change…</source>
        <translation>Calculando qué cambiaría al importar…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Backing up everything first…</source>
        <translation>Haciendo primero una copia de seguridad de todo…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Something went wrong in this app ({reason}); it is not anything you did.</source>
        <translation>Algo falló en esta aplicación ({reason}); no es nada que usted haya hecho.</translation>
    </message>
    <message>
        <source>The file could not be written ({reason}). Your information itself is unchanged. Please choose another folder, or free some space.</source>
        <translation>No se pudo escribir el archivo ({reason}). Su información en sí no ha cambiado. Elija otra carpeta o libere espacio, por favor.</translation>
    </message>
    <message>
        <source>No file was written, and your information itself is unchanged.</source>
        <translation>No se escribió ningún archivo, y su información en sí no ha cambiado.</translation>
    </message>
    <message>
        <source>Nothing was changed here.</source>
        <translation>Aquí no se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was imported, because the app imports only after a backup.</source>
        <translation>No se importó nada, porque la aplicación solo importa después de hacer una copia de seguridad.</translation>
    </message>
    <message>
        <source>Nothing from the file was imported.</source>
        <translation>No se importó nada del archivo.</translation>
    </message>
    <message>
        <source>{count} fields were changed on both laptops since they last exchanged files. For each, the newer version is kept and the other is kept beside it, so nothing was lost. You can look at them now, or later from File ▸ Changes kept from a merge….</source>
        <translation>{count} campos se cambiaron en los dos portátiles desde la última vez que intercambiaron archivos. En cada uno se conserva la versión más reciente y la otra se guarda al lado, así que no se perdió nada. Puede revisarlos ahora, o más tarde desde Archivo ▸ Cambios conservados de una fusión….</translation>
    </message>
    <message>
        <source>Changed on both laptops</source>
        <translation>Cambiado en los dos portátiles</translation>
    </message>
    <message>
        <source>&amp;Review them</source>
        <translation>&amp;Revisarlos</translation>
    </message>
</context>
<context>
    <name>AnswersView</name>
    <message>
        <source>Choose a question above to see whom it is for and what each doctor answered.</source>
        <translation>Elija una pregunta arriba para ver a quién va dirigida y qué respondió cada médico.</translation>
    </message>
    <message>
        <source>Whom to ask (tick each doctor), then note each answer:</source>
        <translation>A quién preguntar (marque cada médico) y luego anote cada respuesta:</translation>
    </message>
    <message>
        <source>Add an opinion to say which doctor to ask.</source>
        <translation>Agregue una opinión para indicar a qué médico preguntar.</translation>
    </message>
    <message>
        <source>Ask {doctor}</source>
        <translation>Preguntar a {doctor}</translation>
    </message>
    <message>
        <source>No doctor is ticked for this question yet.</source>
        <translation>Todavía no hay ningún médico marcado para esta pregunta.</translation>
    </message>
    <message>
        <source>{doctor} (opinion removed)</source>
        <translation>{doctor} (opinión quitada)</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Preguntada</translation>
    </message>
    <message>
        <source>Asked {doctor}</source>
        <translation>Se le preguntó a {doctor}</translation>
    </message>
    <message>
        <source>Their answer:</source>
        <translation>Su respuesta:</translation>
    </message>
    <message>
        <source>Answer from {doctor}</source>
        <translation>Respuesta de {doctor}</translation>
    </message>
    <message>
        <source>Stop asking this doctor</source>
        <translation>Dejar de preguntar a este médico</translation>
    </message>
    <message>
        <source>{doctor}&apos;s answer to this question will be taken off with them. You can bring it back with Edit ▸ Undo.</source>
        <translation>La respuesta de {doctor} a esta pregunta se quitará junto con el médico. Puede recuperarla con Editar ▸ Deshacer.</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>like 14:30 or 2:30 pm</source>
        <translation>como 14:30 o 2:30 pm</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>pick one of your opinions, or type a name</source>
        <translation>elija una de sus opiniones, o escriba un nombre</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <source>&amp;Place or video link:</source>
        <translation>&amp;Lugar o enlace de video:</translation>
    </message>
    <message>
        <source>an address, a room, or a link (never opened by the app)</source>
        <translation>una dirección, un consultorio o un enlace (la aplicación nunca lo abre)</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>Mot&amp;ivo:</translation>
    </message>
    <message>
        <source>for example “Biopsy results”</source>
        <translation>por ejemplo “Resultados de la biopsia”</translation>
    </message>
    <message>
        <source>What to &amp;bring:</source>
        <translation>Qué &amp;traer:</translation>
    </message>
    <message>
        <source>for example “Scans on disc, medicines list”</source>
        <translation>por ejemplo “Estudios en disco, lista de medicamentos”</translation>
    </message>
    <message>
        <source>&amp;Add appointment</source>
        <translation>Agregar &amp;cita</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>E&amp;xport this one…</source>
        <translation>E&amp;xportar esta…</translation>
    </message>
    <message>
        <source>Export a&amp;ll…</source>
        <translation>Exportar to&amp;das…</translation>
    </message>
    <message>
        <source>Appointments, in date order</source>
        <translation>Citas, por orden de fecha</translation>
    </message>
    <message>
        <source>Columns of the list</source>
        <translation>Columnas de la lista</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Write down each visit. The next one is shown at the top of the workspace. Past visits stay here, in grey. “Export” makes a file your own calendar can open.</source>
        <translation>Anote cada consulta. La próxima se muestra arriba del espacio de trabajo. Las consultas pasadas quedan aquí, en gris. “Exportar” crea un archivo que su propio calendario puede abrir.</translation>
    </message>
    <message>
        <source> (past)</source>
        <translation> (pasada)</translation>
    </message>
    <message>
        <source>Do&amp;ctor:</source>
        <translation>&amp;Médico:</translation>
    </message>
    <message>
        <source>Save change&amp;s</source>
        <translation>Guardar cam&amp;bios</translation>
    </message>
    <message>
        <source>Date not understood</source>
        <translation>No se entendió la fecha</translation>
    </message>
    <message>
        <source>The date could not be read: {0} Nothing has been saved yet.</source>
        <translation>No se pudo leer la fecha: {0} Todavía no se guardó nada.</translation>
    </message>
    <message>
        <source>This appointment needs a date</source>
        <translation>Esta cita necesita una fecha</translation>
    </message>
    <message>
        <source>Please type the day of the visit, like 12 March 2026.</source>
        <translation>Escriba el día de la consulta, como 12 de marzo de 2026.</translation>
    </message>
    <message>
        <source>This appointment needs a time</source>
        <translation>Esta cita necesita una hora</translation>
    </message>
    <message>
        <source>Please type the time of the visit, like 14:30 or 2:30 pm.</source>
        <translation>Escriba la hora de la consulta, como 14:30 o 2:30 pm.</translation>
    </message>
    <message>
        <source>Time not understood</source>
        <translation>No se entendió la hora</translation>
    </message>
    <message>
        <source>“{0}” could not be read as a time of day. Please type it like 14:30 or 2:30 pm.</source>
        <translation>“{0}” no se pudo leer como una hora del día. Escríbala como 14:30 o 2:30 pm.</translation>
    </message>
    <message>
        <source>Nothing has been saved yet.</source>
        <translation>Todavía no se guardó nada.</translation>
    </message>
    <message>
        <source>This time has already passed</source>
        <translation>Esta hora ya pasó</translation>
    </message>
    <message>
        <source>{0} at {1} is in the past. Are you writing down a visit that already happened? It will be kept in the list, in grey. If not, choose Cancel and correct the date or time.</source>
        <translation>{0} a las {1} ya pasó. ¿Está anotando una consulta que ya ocurrió? Se conservará en la lista, en gris. Si no, elija Cancelar y corrija la fecha o la hora.</translation>
    </message>
    <message>
        <source>Keep as a past visit</source>
        <translation>Conservar como consulta pasada</translation>
    </message>
    <message>
        <source>Add appointment</source>
        <translation>Agregar cita</translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation>Editar cita</translation>
    </message>
    <message>
        <source>Remove appointment</source>
        <translation>Quitar cita</translation>
    </message>
    <message>
        <source>Remove the appointment on {0}? You can undo this with Edit ▸ Undo.</source>
        <translation>¿Quitar la cita del {0}? Puede deshacerlo con Editar ▸ Deshacer.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>No hay nada para exportar</translation>
    </message>
    <message>
        <source>There is no appointment with a date and time to put in a calendar file yet.</source>
        <translation>Todavía no hay ninguna cita con fecha y hora para poner en un archivo de calendario.</translation>
    </message>
    <message>
        <source>The calendar file was not saved</source>
        <translation>No se guardó el archivo de calendario</translation>
    </message>
    <message>
        <source>It could not be written to “{0}” ({1}). Your appointments in the app are unchanged; you can try another folder.</source>
        <translation>No se pudo escribir en “{0}” ({1}). Sus citas en la aplicación no han cambiado; puede probar con otra carpeta.</translation>
    </message>
    <message>
        <source>Saved for your calendar</source>
        <translation>Guardado para su calendario</translation>
    </message>
    <message>
        <source>Saved “{0}”. Open it with your calendar program to add {1} appointment(s). Times are the local times you typed.</source>
        <translation>Se guardó “{0}”. Ábralo con su programa de calendario para agregar {1} cita(s). Las horas son las horas locales que escribió.</translation>
    </message>
</context>
<context>
    <name>AskDialog</name>
    <message>
        <source>Ask about this row</source>
        <translation>Preguntar sobre esta fila</translation>
    </message>
    <message>
        <source>A question about “{row}”, with what each doctor wrote there. Choose a wording, change the words as you like, and tick whom to ask.</source>
        <translation>Una pregunta sobre “{row}”, con lo que cada médico escribió ahí. Elija una redacción, cambie las palabras como quiera y marque a quién preguntar.</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>&amp;Redacción:</translation>
    </message>
    <message>
        <source>&amp;Question (you can change it):</source>
        <translation>&amp;Pregunta (puede cambiarla):</translation>
    </message>
    <message>
        <source>Whom to ask:</source>
        <translation>A quién preguntar:</translation>
    </message>
    <message>
        <source>Ask {doctor}</source>
        <translation>Preguntar a {doctor}</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>&amp;Agregar pregunta</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>The app keeps backups of all your information by itself, on this computer. Choose one and press Restore to go back to it.</source>
        <translation>La aplicación guarda sola copias de seguridad de toda su información, en esta computadora. Elija una y presione Restaurar para volver a ella.</translation>
    </message>
    <message>
        <source>There are no backups yet. The first one is made once there is something to keep.</source>
        <translation>Todavía no hay copias de seguridad. La primera se hace cuando haya algo que guardar.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <source>(not recorded)</source>
        <translation>(no anotado)</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Pathology report</source>
        <translation>Informe de patología</translation>
    </message>
    <message>
        <source>Glass slides / tissue blocks</source>
        <translation>Laminillas / bloques de tejido</translation>
    </message>
    <message>
        <source>Imaging reports</source>
        <translation>Informes de imágenes</translation>
    </message>
    <message>
        <source>Images (disc or electronic transfer)</source>
        <translation>Imágenes (disco o envío electrónico)</translation>
    </message>
    <message>
        <source>Operative report</source>
        <translation>Informe operatorio</translation>
    </message>
    <message>
        <source>Lab and molecular / genomic reports</source>
        <translation>Informes de laboratorio y moleculares / genómicos</translation>
    </message>
    <message>
        <source>Discharge summaries</source>
        <translation>Resúmenes de alta</translation>
    </message>
    <message>
        <source>The proposed treatment plan</source>
        <translation>El plan de tratamiento propuesto</translation>
    </message>
    <message>
        <source>Medicines list</source>
        <translation>Lista de medicamentos</translation>
    </message>
    <message>
        <source>To request</source>
        <translation>Por pedir</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>No hace falta</translation>
    </message>
    <message>
        <source>Records for which doctor</source>
        <translation>Expedientes para qué médico</translation>
    </message>
    <message>
        <source>Records checklist</source>
        <translation>Lista de expedientes</translation>
    </message>
    <message>
        <source>Columns of the list</source>
        <translation>Columnas de la lista</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Went to</source>
        <translation>Se envió a</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Pedido el</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Enviado el</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Recibido el</translation>
    </message>
    <message>
        <source>whom it went to, for example “Dr Ng&apos;s office”</source>
        <translation>a quién se envió, por ejemplo “consultorio del Dr. Ng”</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Re&amp;quested on:</source>
        <translation>&amp;Pedido el:</translation>
    </message>
    <message>
        <source>Se&amp;nt on:</source>
        <translation>E&amp;nviado el:</translation>
    </message>
    <message>
        <source>Rece&amp;ived on:</source>
        <translation>&amp;Recibido el:</translation>
    </message>
    <message>
        <source>Add an item of m&amp;y own…</source>
        <translation>Agregar un ele&amp;mento propio…</translation>
    </message>
    <message>
        <source>&amp;Went to:</source>
        <translation>&amp;Se envió a:</translation>
    </message>
    <message>
        <source>Re&amp;move my own item</source>
        <translation>&amp;Quitar mi elemento</translation>
    </message>
    <message>
        <source>Records for:</source>
        <translation>Expedientes para:</translation>
    </message>
    <message>
        <source>What each doctor needs to see, and where it is. Pick an item, then set what has happened.</source>
        <translation>Lo que cada médico necesita ver, y dónde está. Elija un elemento y luego indique qué ha pasado.</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>pedido</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <source>Over 30 days</source>
        <translation>Más de 30 días</translation>
    </message>
    <message>
        <source>US law — right of access: it is {0} days since this was requested. In the United States, a doctor&apos;s office or hospital must give you copies of your records, or send them to another doctor you name, within 30 days of your request. They may take up to 30 more days only once, and only if they tell you in writing why and by when. You could call their records office and ask when it will be sent. (Other countries have their own rules.)</source>
        <translation>Ley de EE. UU. — derecho de acceso: han pasado {0} días desde que se pidió. En los Estados Unidos, un consultorio o un hospital debe darle copias de sus expedientes, o enviarlas a otro médico que usted indique, dentro de los 30 días de su pedido. Pueden tardar hasta 30 días más una sola vez, y solo si le dicen por escrito por qué y para cuándo. Podría llamar a su oficina de expedientes y preguntar cuándo lo enviarán. (Otros países tienen sus propias reglas.)</translation>
    </message>
    <message>
        <source>Change records checklist</source>
        <translation>Cambiar la lista de expedientes</translation>
    </message>
    <message>
        <source>Add checklist item</source>
        <translation>Agregar un elemento a la lista</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Quitar elemento</translation>
    </message>
    <message>
        <source>Remove “{0}” from this checklist? You can undo this.</source>
        <translation>¿Quitar “{0}” de esta lista? Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove checklist item</source>
        <translation>Quitar un elemento de la lista</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Not saved yet: the app keeps trying to save this.</source>
        <translation>Todavía no está guardado: la aplicación sigue intentando guardarlo.</translation>
    </message>
    <message>
        <source>Double-click to edit this list in the opinion editor</source>
        <translation>Haga doble clic para editar esta lista en el editor de la opinión</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinión</translation>
    </message>
    <message>
        <source>Your mark: {mark}</source>
        <translation>Su marca: {mark}</translation>
    </message>
    <message>
        <source>The app sees differences here (a hint — you decide):</source>
        <translation>La aplicación ve diferencias aquí (es una pista; usted decide):</translation>
    </message>
    <message>
        <source>Right-click, or press Shift+F10, to mark this row.</source>
        <translation>Haga clic derecho, o presione Mayús+F10, para marcar esta fila.</translation>
    </message>
    <message>
        <source>Typing in “{0}”</source>
        <translation>Escribiendo en “{0}”</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Opinions, one column per doctor</source>
        <translation>Opiniones, una columna por médico</translation>
    </message>
    <message>
        <source>What is compared</source>
        <translation>Lo que se compara</translation>
    </message>
    <message>
        <source>Opinions side by side</source>
        <translation>Opiniones lado a lado</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Diagnosis as they describe it</source>
        <translation>El diagnóstico tal como lo describen</translation>
    </message>
    <message>
        <source>Type and subtype, in their words</source>
        <translation>Tipo y subtipo, con sus palabras</translation>
    </message>
    <message>
        <source>Stage or extent</source>
        <translation>Etapa o extensión</translation>
    </message>
    <message>
        <source>Recommended treatment plan</source>
        <translation>Plan de tratamiento recomendado</translation>
    </message>
    <message>
        <source>What, and in which order</source>
        <translation>Qué, y en qué orden</translation>
    </message>
    <message>
        <source>Goal of treatment</source>
        <translation>Objetivo del tratamiento</translation>
    </message>
    <message>
        <source>How they arrived at the plan</source>
        <translation>Cómo llegaron al plan</translation>
    </message>
    <message>
        <source>How they read the test results</source>
        <translation>Cómo interpretan los resultados de los estudios</translation>
    </message>
    <message>
        <source>Which test, its date, and what this doctor says it shows</source>
        <translation>Qué estudio, su fecha, y lo que este médico dice que muestra</translation>
    </message>
    <message>
        <source>Further tests they want</source>
        <translation>Otros estudios que quieren</translation>
    </message>
    <message>
        <source>Guidelines and studies they cited</source>
        <translation>Guías y estudios que citaron</translation>
    </message>
    <message>
        <source>What they usually advise people in a similar position</source>
        <translation>Lo que suelen aconsejar a personas en una situación parecida</translation>
    </message>
    <message>
        <source>Clinical trials mentioned</source>
        <translation>Ensayos clínicos mencionados</translation>
    </message>
    <message>
        <source>How soon treatment should start</source>
        <translation>Cuándo debería empezar el tratamiento</translation>
    </message>
    <message>
        <source>Benefits, risks and side effects discussed</source>
        <translation>Beneficios, riesgos y efectos secundarios que se hablaron</translation>
    </message>
    <message>
        <source>Willing to review the case with the other doctor</source>
        <translation>Dispuesto a revisar el caso con el otro médico</translation>
    </message>
    <message>
        <source>What is still unclear to me</source>
        <translation>Lo que todavía no me queda claro</translation>
    </message>
    <message>
        <source>My notes and impressions</source>
        <translation>Mis notas e impresiones</translation>
    </message>
    <message>
        <source>surgery</source>
        <translation>cirugía</translation>
    </message>
    <message>
        <source>radiation</source>
        <translation>radioterapia</translation>
    </message>
    <message>
        <source>chemotherapy</source>
        <translation>quimioterapia</translation>
    </message>
    <message>
        <source>hormone therapy</source>
        <translation>terapia hormonal</translation>
    </message>
    <message>
        <source>targeted therapy</source>
        <translation>terapia dirigida</translation>
    </message>
    <message>
        <source>immunotherapy</source>
        <translation>inmunoterapia</translation>
    </message>
    <message>
        <source>stem-cell transplant</source>
        <translation>trasplante de células madre</translation>
    </message>
    <message>
        <source>active surveillance</source>
        <translation>vigilancia activa</translation>
    </message>
    <message>
        <source>clinical trial</source>
        <translation>ensayo clínico</translation>
    </message>
    <message>
        <source>supportive / palliative care</source>
        <translation>cuidados de apoyo / paliativos</translation>
    </message>
    <message>
        <source>cure</source>
        <translation>curación</translation>
    </message>
    <message>
        <source>long-term control</source>
        <translation>control a largo plazo</translation>
    </message>
    <message>
        <source>comfort</source>
        <translation>comodidad</translation>
    </message>
    <message>
        <source>not discussed</source>
        <translation>no se habló</translation>
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
        <source>not asked</source>
        <translation>no se preguntó</translation>
    </message>
    <message>
        <source>medical oncologist</source>
        <translation>oncólogo clínico</translation>
    </message>
    <message>
        <source>surgeon / surgical oncologist</source>
        <translation>cirujano / cirujano oncólogo</translation>
    </message>
    <message>
        <source>radiation oncologist</source>
        <translation>oncólogo radioterapeuta</translation>
    </message>
    <message>
        <source>hematologist</source>
        <translation>hematólogo</translation>
    </message>
    <message>
        <source>pathologist</source>
        <translation>patólogo</translation>
    </message>
    <message>
        <source>radiologist</source>
        <translation>radiólogo</translation>
    </message>
    <message>
        <source>urologist</source>
        <translation>urólogo</translation>
    </message>
    <message>
        <source>gynecologic oncologist</source>
        <translation>ginecólogo oncólogo</translation>
    </message>
    <message>
        <source>neuro-oncologist</source>
        <translation>neurooncólogo</translation>
    </message>
    <message>
        <source>thoracic surgeon</source>
        <translation>cirujano de tórax</translation>
    </message>
    <message>
        <source>dermatologist</source>
        <translation>dermatólogo</translation>
    </message>
    <message>
        <source>head and neck surgeon</source>
        <translation>cirujano de cabeza y cuello</translation>
    </message>
    <message>
        <source>orthopedic oncologist</source>
        <translation>oncólogo ortopédico</translation>
    </message>
    <message>
        <source>pediatric oncologist</source>
        <translation>oncólogo pediatra</translation>
    </message>
    <message>
        <source>tumor board</source>
        <translation>comité de tumores</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>records review</source>
        <translation>revisión de expedientes</translation>
    </message>
    <message>
        <source>NCCN Guidelines</source>
        <translation>Guías NCCN</translation>
    </message>
    <message>
        <source>NCI PDQ</source>
        <translation>NCI PDQ</translation>
    </message>
    <message>
        <source>ASCO</source>
        <translation>ASCO</translation>
    </message>
    <message>
        <source>ESMO</source>
        <translation>ESMO</translation>
    </message>
    <message>
        <source>a clinical trial</source>
        <translation>un ensayo clínico</translation>
    </message>
    <message>
        <source>a published study</source>
        <translation>un estudio publicado</translation>
    </message>
    <message>
        <source>the hospital&apos;s own protocol</source>
        <translation>el protocolo propio del hospital</translation>
    </message>
    <message>
        <source>First opinion</source>
        <translation>Primera opinión</translation>
    </message>
    <message>
        <source>Second opinion</source>
        <translation>Segunda opinión</translation>
    </message>
    <message>
        <source>Third opinion</source>
        <translation>Tercera opinión</translation>
    </message>
    <message>
        <source>Fourth opinion</source>
        <translation>Cuarta opinión</translation>
    </message>
    <message>
        <source>Fifth opinion</source>
        <translation>Quinta opinión</translation>
    </message>
    <message>
        <source>Sixth opinion</source>
        <translation>Sexta opinión</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Decide by {0} — more than two years from now; please check this date</source>
        <translation>Decidir antes del {0}: faltan más de dos años; revise esta fecha, por favor</translation>
    </message>
    <message>
        <source>Decide by {0} — {1} days left</source>
        <translation>Decidir antes del {0}: faltan {1} días</translation>
    </message>
    <message>
        <source>Decide by {0} — 1 day left</source>
        <translation>Decidir antes del {0}: falta 1 día</translation>
    </message>
    <message>
        <source>Decide by {0} — that is today</source>
        <translation>Decidir antes del {0}: es hoy</translation>
    </message>
    <message>
        <source>The decide-by date ({0}) has passed — talk with your doctor about a new date</source>
        <translation>La fecha para decidir ({0}) ya pasó: hable con su médico sobre una fecha nueva</translation>
    </message>
    <message>
        <source>The decide-by date {0} has already passed. Did you mean a date that is still ahead?</source>
        <translation>La fecha para decidir, {0}, ya pasó. ¿Quiso poner una fecha que todavía no llegó?</translation>
    </message>
    <message>
        <source>The decide-by date {0} is more than two years away. Did you mean a nearer date?</source>
        <translation>La fecha para decidir, {0}, está a más de dos años. ¿Quiso poner una fecha más cercana?</translation>
    </message>
    <message>
        <source>Involves: {0}</source>
        <translation>Incluye: {0}</translation>
    </message>
    <message>
        <source>(category {0})</source>
        <translation>(categoría {0})</translation>
    </message>
    <message>
        <source>[Open this opinion to read all of it]</source>
        <translation>[Abra esta opinión para leerla completa]</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Not set — type a date like 12 March 2026</source>
        <translation>Sin fecha: escriba una fecha como 12 de marzo de 2026</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <source>Pick “%1” from a calendar</source>
        <translation>Elegir “%1” en un calendario</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Clear this date and leave it not set</source>
        <translation>Borrar esta fecha y dejarla sin poner</translation>
    </message>
    <message>
        <source>Leave “%1” not set</source>
        <translation>Dejar “%1” sin fecha</translation>
    </message>
    <message>
        <source>This was written as free text and is not read as a date. It is kept as written; type a date like 12 March 2026 to replace it.</source>
        <translation>Esto se escribió como texto libre y no se lee como una fecha. Se conserva tal como está escrito; escriba una fecha como 12 de marzo de 2026 para reemplazarlo.</translation>
    </message>
    <message>
        <source>Type a date like 12 March 2026 or 2026-03-12, or pick one from the calendar.</source>
        <translation>Escriba una fecha como 12 de marzo de 2026 o 2026-03-12, o elíjala en el calendario.</translation>
    </message>
    <message>
        <source>Calendar for “%1”</source>
        <translation>Calendario para “%1”</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Attach to</source>
        <translation>Adjuntar a</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Documentos adjuntos</translation>
    </message>
    <message>
        <source>Columns of the list</source>
        <translation>Columnas de la lista</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Adjunto a</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>&amp;Attach a file…</source>
        <translation>Ad&amp;juntar un archivo…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Cambiar el &amp;nombre…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>A&amp;ttach to:</source>
        <translation>Adjun&amp;tar a:</translation>
    </message>
    <message>
        <source>Reports, letters and photos of them, kept privately inside the app. Attach a file with the button or drop files on the list. PDF, PNG, JPEG and text files, up to 200 MB each.</source>
        <translation>Informes, cartas y fotos de ellos, guardados en privado dentro de la aplicación. Adjunte un archivo con el botón o suelte archivos sobre la lista. Archivos PDF, PNG, JPEG y de texto, de hasta 200 MB cada uno.</translation>
    </message>
    <message>
        <source>The whole case</source>
        <translation>Todo el caso</translation>
    </message>
    <message>
        <source>{0} — test reading: {1}</source>
        <translation>{0} — resultado de estudio: {1}</translation>
    </message>
    <message>
        <source>{0} — records: {1}</source>
        <translation>{0} — expedientes: {1}</translation>
    </message>
    <message>
        <source>(no longer there)</source>
        <translation>(ya no está)</translation>
    </message>
    <message>
        <source>Already attached</source>
        <translation>Ya está adjunto</translation>
    </message>
    <message>
        <source>“{0}” is already attached as “{1}”, so it was kept once. Nothing was copied again.</source>
        <translation>“{0}” ya está adjunto como “{1}”, así que se guarda una sola vez. No se volvió a copiar nada.</translation>
    </message>
    <message>
        <source>This document was not added</source>
        <translation>Este documento no se agregó</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>That change cannot be made while earlier changes are still waiting to be saved. Please try again once they are saved.</source>
        <translation>Ese cambio no se puede hacer mientras haya cambios anteriores esperando a guardarse. Inténtelo de nuevo cuando estén guardados.</translation>
    </message>
    <message>
        <source>{0} What you typed stays on screen, and the app will save it by itself as soon as it can.</source>
        <translation>{0} Lo que escribió sigue en la pantalla, y la aplicación lo guardará sola en cuanto pueda.</translation>
    </message>
    <message>
        <source>Undo and redo wait until your latest changes are saved, so that nothing you typed is lost. The app keeps trying to save them.</source>
        <translation>Deshacer y rehacer esperan a que sus últimos cambios estén guardados, para que no se pierda nada de lo que escribió. La aplicación sigue intentando guardarlos.</translation>
    </message>
</context>
<context>
    <name>EntryListEditor</name>
    <message>
        <source>Remove selected</source>
        <translation>Quitar lo seleccionado</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>Edit “{0}”</source>
        <translation>Editar “{0}”</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Agregar una entrada</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Quitar una entrada</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Write one file to take to another laptop, where File ▸ Import… brings it in (and merges it with what is there).</source>
        <translation>Cree un archivo para llevar a otra computadora, donde Archivo ▸ Importar… lo incorpora (y lo une con lo que ya hay allí).</translation>
    </message>
    <message>
        <source>This &amp;case: {title}</source>
        <translation>Este &amp;caso: {title}</translation>
    </message>
    <message>
        <source>&amp;Everything on this computer ({count} cases)</source>
        <translation>&amp;Todo lo que hay en esta computadora ({count} casos)</translation>
    </message>
    <message>
        <source>&amp;Protect it with a passphrase (recommended)</source>
        <translation>&amp;Protegerlo con una frase de contraseña (recomendado)</translation>
    </message>
    <message>
        <source>P&amp;lain, not protected</source>
        <translation>&amp;Simple, sin protección</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Type it a&amp;gain:</source>
        <translation>Escríbala de &amp;nuevo:</translation>
    </message>
    <message>
        <source>Nobody can open the file without this passphrase — not the app&apos;s makers, not anyone. Give it to the other person by telling them, not in the same message as the file.</source>
        <translation>Nadie puede abrir el archivo sin esta frase de contraseña: ni quienes hicieron la aplicación, ni nadie. Désela a la otra persona de palabra, no en el mismo mensaje que el archivo.</translation>
    </message>
    <message>
        <source>Warning: a plain file is not protected. Anyone who gets it — from an e-mail, a USB stick or a shared folder — can read every word in it. Choose this only if you carry the file across yourself and delete it afterwards.</source>
        <translation>Atención: un archivo simple no está protegido. Cualquiera que lo obtenga —de un correo, una memoria USB o una carpeta compartida— puede leer cada palabra. Elija esto solo si usted mismo lleva el archivo y lo borra después.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>The export includes 1 attached document, {size}.</source>
        <translation>La exportación incluye 1 documento adjunto, {size}.</translation>
    </message>
    <message>
        <source>The export includes {count} attached documents, {size} in all.</source>
        <translation>La exportación incluye {count} documentos adjuntos, {size} en total.</translation>
    </message>
    <message>
        <source>Please type a passphrase, or choose a plain file.</source>
        <translation>Escriba una frase de contraseña, o elija un archivo simple, por favor.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Las dos frases no son iguales. Escríbalas de nuevo, por favor.</translation>
    </message>
    <message>
        <source>Export stopped: no file was written.</source>
        <translation>Exportación detenida: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
    <message>
        <source>Saved to “{path}”.</source>
        <translation>Se guardó en “{path}”.</translation>
    </message>
    <message>
        <source>On the other laptop, choose File ▸ Import… and type the passphrase.</source>
        <translation>En la otra computadora, elija Archivo ▸ Importar… y escriba la frase de contraseña.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
</context>
<context>
    <name>FormTabbingTable</name>
    <message>
        <source>Column headings</source>
        <translation>Encabezados de columna</translation>
    </message>
    <message>
        <source>Row headings</source>
        <translation>Encabezados de fila</translation>
    </message>
    <message>
        <source>Select the whole table</source>
        <translation>Seleccionar toda la tabla</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>Search the guide and glossary</source>
        <translation>Buscar en la guía y el glosario</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Atrás</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>&amp;Forward ▶</source>
        <translation>A&amp;delante ▶</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>↑ &amp;Previous topic</source>
        <translation>↑ Tema an&amp;terior</translation>
    </message>
    <message>
        <source>Previous topic</source>
        <translation>Tema anterior</translation>
    </message>
    <message>
        <source>&amp;Next topic ↓</source>
        <translation>&amp;Siguiente tema ↓</translation>
    </message>
    <message>
        <source>Next topic</source>
        <translation>Siguiente tema</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Guide navigation</source>
        <translation>Navegación de la guía</translation>
    </message>
    <message>
        <source>Guide topics</source>
        <translation>Temas de la guía</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Texto de la guía</translation>
    </message>
    <message>
        <source>The guide is only in English for now. The rest of the app is in your language.</source>
        <translation>Por ahora la guía está solo en inglés. El resto de la aplicación está en su idioma.</translation>
    </message>
    <message>
        <source>No matches. Try another word.</source>
        <translation>No hay resultados. Pruebe con otra palabra.</translation>
    </message>
    <message>
        <source>Open in your web browser?</source>
        <translation>¿Abrir en su navegador web?</translation>
    </message>
    <message>
        <source>This will open {0} in your web browser, which uses the internet. This app itself never goes online.</source>
        <translation>Esto abrirá {0} en su navegador web, que usa internet. Esta aplicación nunca se conecta a internet.</translation>
    </message>
    <message>
        <source>Open browser</source>
        <translation>Abrir el navegador</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Archivo: {name}</translation>
    </message>
    <message>
        <source>This file is protected. Type the passphrase chosen when it was exported, then press Enter.</source>
        <translation>Este archivo está protegido. Escriba la frase de contraseña que se eligió al exportarlo y luego presione Intro.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Abrir el archivo</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Lo que hará la importación</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed here.</source>
        <translation>Detenido. Aquí no se cambió nada.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No se importó</translation>
    </message>
    <message>
        <source>Imported: {summary} What was here before is in File ▸ Backups ({when}).</source>
        <translation>Importado: {summary} Lo que había antes está en Archivo ▸ Copias de seguridad ({when}).</translation>
    </message>
</context>
<context>
    <name>KeptBesideDialog</name>
    <message>
        <source>Changes kept from a merge</source>
        <translation>Cambios conservados de una fusión</translation>
    </message>
    <message>
        <source>These fields were changed on both laptops. The newer version was kept; the other is kept beside it. Choose which to keep.</source>
        <translation>Estos campos se cambiaron en los dos portátiles. Se conservó la versión más reciente; la otra se guarda al lado. Elija cuál conservar.</translation>
    </message>
    <message>
        <source>Fields changed on both laptops</source>
        <translation>Campos cambiados en los dos portátiles</translation>
    </message>
    <message>
        <source>&amp;Kept (the newer):</source>
        <translation>&amp;Conservada (la más reciente):</translation>
    </message>
    <message>
        <source>The kept version</source>
        <translation>La versión conservada</translation>
    </message>
    <message>
        <source>The other version</source>
        <translation>La otra versión</translation>
    </message>
    <message>
        <source>&amp;Use the other text</source>
        <translation>&amp;Usar el otro texto</translation>
    </message>
    <message>
        <source>Keep &amp;as is</source>
        <translation>Dejarlo &amp;así</translation>
    </message>
    <message>
        <source>{case}: {where}</source>
        <translation>{case}: {where}</translation>
    </message>
    <message>
        <source>Nothing to review: every field a merge kept side by side has been settled.</source>
        <translation>Nada que revisar: ya se resolvieron todos los campos que una fusión guardó lado a lado.</translation>
    </message>
    <message>
        <source>The &amp;other:</source>
        <translation>La &amp;otra:</translation>
    </message>
    <message>
        <source>From {laptop}, on {date}</source>
        <translation>De {laptop}, el {date}</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>No se cambió</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Second Opinion Companion</source>
        <translation>Second Opinion Companion</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Every change is saved on this computer as you go.</source>
        <translation>Cada cambio se guarda en esta computadora a medida que trabaja.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Print guide topic…</source>
        <translation>&amp;Imprimir tema de la guía…</translation>
    </message>
    <message>
        <source>Sa&amp;ve guide topic as PDF…</source>
        <translation>Guardar tema de la guía como &amp;PDF…</translation>
    </message>
    <message>
        <source>Summary for a new d&amp;octor…</source>
        <translation>Resumen para un médico n&amp;uevo…</translation>
    </message>
    <message>
        <source>Save co&amp;mparison as PDF…</source>
        <translation>Guardar la &amp;comparación como PDF…</translation>
    </message>
    <message>
        <source>Print comp&amp;arison…</source>
        <translation>Imprimir co&amp;mparación…</translation>
    </message>
    <message>
        <source>Ques&amp;tions for a visit…</source>
        <translation>Pre&amp;guntas para una consulta…</translation>
    </message>
    <message>
        <source>Decision &amp;worksheet…</source>
        <translation>&amp;Hoja de trabajo para decidir…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Copias de &amp;seguridad…</translation>
    </message>
    <message>
        <source>Changes &amp;kept from a merge…</source>
        <translation>Cambios conservados de una &amp;fusión…</translation>
    </message>
    <message>
        <source>Chan&amp;ge passphrase…</source>
        <translation>Cambia&amp;r la frase de contraseña…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Deshacer {0}</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Rehacer {0}</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom &amp;in (larger text)</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>Zoom ou&amp;t (smaller text)</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>Pe&amp;staña siguiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>Pestaña &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Move between guide and workspace</source>
        <translation>Pasar entre la guía y el área de traba&amp;jo</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <source>&amp;Search the guide</source>
        <translation>&amp;Buscar en la guía</translation>
    </message>
    <message>
        <source>Show the &amp;guide</source>
        <translation>&amp;Mostrar la guía</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>The guide is folded away to make room. F9 shows it.</source>
        <translation>La guía se plegó para dejar espacio. F9 la muestra.</translation>
    </message>
    <message>
        <source>Your information is kept in {0} (data format version {1}).</source>
        <translation>Su información se guarda en {0} (versión del formato de datos: {1}).</translation>
    </message>
    <message>
        <source>Made with Python (PSF License), Qt 6 and PySide6 (LGPL-3.0), SQLite (public domain), SQLCipher (BSD-style licence) through sqlcipher3 (zlib licence), cryptography (Apache-2.0 or BSD-3-Clause), OpenSSL (Apache-2.0) and ICU (Unicode licence); each keeps its own copyright and licence.</source>
        <translation>Hecho con Python (licencia PSF), Qt 6 y PySide6 (LGPL-3.0), SQLite (dominio público), SQLCipher (licencia de tipo BSD) mediante sqlcipher3 (licencia zlib), cryptography (Apache-2.0 o BSD-3-Clause), OpenSSL (Apache-2.0) e ICU (licencia Unicode); cada uno conserva sus propios derechos de autor y su licencia.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Imp&amp;ortar…</translation>
    </message>
    <message>
        <source>Set pa&amp;ssphrase…</source>
        <translation>Es&amp;tablecer frase de contraseña…</translation>
    </message>
    <message>
        <source>&amp;Remove passphrase…</source>
        <translation>&amp;Quitar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Lock a&amp;fter…</source>
        <translation>B&amp;loquear después de…</translation>
    </message>
    <message>
        <source>&amp;Opinion</source>
        <translation>&amp;Opinión</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Where is my data?</source>
        <translation>¿&amp;Dónde están mis datos?</translation>
    </message>
    <message>
        <source>&amp;About Second Opinion Companion</source>
        <translation>A&amp;cerca de Second Opinion Companion</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between controls; the arrow keys move inside lists and tables; Enter or F2 starts typing in a cell; Esc cancels it.</source>
        <translation>Tab y Mayús+Tab pasan de un control a otro; las flechas se mueven dentro de listas y tablas; Intro o F2 empieza a escribir en una celda; Esc lo cancela.</translation>
    </message>
    <message>
        <source>No case yet</source>
        <translation>Todavía no hay un caso</translation>
    </message>
    <message>
        <source>First create a case (File ▸ New case), or start with the example case.</source>
        <translation>Primero cree un caso (Archivo ▸ Nuevo caso), o empiece con el caso de ejemplo.</translation>
    </message>
    <message>
        <source>Questions are kept with a case. First create a case (File ▸ New case), then add the question again.</source>
        <translation>Las preguntas se guardan con un caso. Primero cree un caso (Archivo ▸ Nuevo caso) y luego vuelva a agregar la pregunta.</translation>
    </message>
    <message>
        <source>Added to My questions.</source>
        <translation>Se agregó a Mis preguntas.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>No se guardó.</translation>
    </message>
    <message>
        <source>Not saved — see message</source>
        <translation>No se guardó: vea el mensaje</translation>
    </message>
    <message>
        <source>Not saved yet — trying again</source>
        <translation>Todavía no se guardó: intentando de nuevo</translation>
    </message>
    <message>
        <source>Your latest changes are on screen but not yet on the disk. The app saves them by itself as soon as it can.</source>
        <translation>Sus últimos cambios están en la pantalla pero todavía no en el disco. La aplicación los guarda sola en cuanto pueda.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>Text size {0}%</source>
        <translation>Tamaño del texto {0} %</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Hay cambios todavía sin guardar</translation>
    </message>
    <message>
        <source>Some of your latest changes could not be saved yet (see the earlier message). If you close the app now, they will be lost. Keep the app open, free some space or fix the folder, and they will be saved by themselves.</source>
        <translation>Algunos de sus últimos cambios todavía no se pudieron guardar (vea el mensaje anterior). Si cierra la aplicación ahora, se perderán. Deje la aplicación abierta, libere espacio o arregle la carpeta, y se guardarán solos.</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Cerrar y perderlos</translation>
    </message>
    <message>
        <source>About Second Opinion Companion</source>
        <translation>Acerca de Second Opinion Companion</translation>
    </message>
    <message>
        <source>Second Opinion Companion {0}

Helps you get a second opinion and compare what your doctors said. Everything stays on this computer; the app never goes online.

Guide last reviewed {1}. {2}</source>
        <translation>Second Opinion Companion {0}

Le ayuda a pedir una segunda opinión y a comparar lo que dijeron sus médicos. Todo queda en esta computadora; la aplicación nunca se conecta a internet.

Guía revisada por última vez el {1}. {2}</translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message>
        <source>✓ Agree</source>
        <translation>✓ De acuerdo</translation>
    </message>
    <message>
        <source>≠ Differ</source>
        <translation>≠ Difieren</translation>
    </message>
    <message>
        <source>? Unclear</source>
        <translation>? No está claro</translation>
    </message>
    <message>
        <source>— Not discussed</source>
        <translation>— No se habló</translation>
    </message>
    <message>
        <source>Mark as &amp;Agree</source>
        <translation>Marcar: &amp;de acuerdo</translation>
    </message>
    <message>
        <source>Mark as &amp;Differ</source>
        <translation>Marcar: di&amp;fieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Unclear</source>
        <translation>Marcar: &amp;no está claro</translation>
    </message>
    <message>
        <source>Mark as &amp;Not discussed</source>
        <translation>Marcar: no se &amp;habló</translation>
    </message>
</context>
<context>
    <name>MarksSummary</name>
    <message>
        <source>Which rows to show</source>
        <translation>Qué filas mostrar</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>Rows I marked Differ or Unclear</source>
        <translation>Filas que marqué como Difieren o No está claro</translation>
    </message>
    <message>
        <source>Rows where the app sees differences</source>
        <translation>Filas donde la aplicación ve diferencias</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>In this row the app sees: {hints}</source>
        <translation>En esta fila la aplicación ve: {hints}</translation>
    </message>
    <message>
        <source>{n} differ</source>
        <translation>{n} difieren</translation>
    </message>
    <message>
        <source>{n} unclear</source>
        <translation>{n} no están claras</translation>
    </message>
    <message>
        <source>{n} agree</source>
        <translation>{n} de acuerdo</translation>
    </message>
    <message>
        <source>{n} not discussed</source>
        <translation>{n} no se hablaron</translation>
    </message>
    <message>
        <source>{n} not yet marked</source>
        <translation>{n} sin marcar todavía</translation>
    </message>
    <message>
        <source>The app sees no differences between the entries.</source>
        <translation>La aplicación no ve diferencias entre las entradas.</translation>
    </message>
    <message>
        <source>The app sees differences in 1 row.</source>
        <translation>La aplicación ve diferencias en 1 fila.</translation>
    </message>
    <message>
        <source>The app sees differences in {n} rows.</source>
        <translation>La aplicación ve diferencias en {n} filas.</translation>
    </message>
    <message>
        <source>Your marks: {parts}. {hint}</source>
        <translation>Sus marcas: {parts}. {hint}</translation>
    </message>
</context>
<context>
    <name>OpinionEditor</name>
    <message>
        <source>Opinion to edit</source>
        <translation>Opinión para editar</translation>
    </message>
    <message>
        <source>Opinion:</source>
        <translation>Opinión:</translation>
    </message>
    <message>
        <source>Add an opinion to start recording what a doctor said.</source>
        <translation>Agregue una opinión para empezar a anotar lo que dijo un médico.</translation>
    </message>
    <message>
        <source>About this opinion</source>
        <translation>Sobre esta opinión</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(no anotado)</translation>
    </message>
    <message>
        <source>Set “{0}”</source>
        <translation>Poner “{0}”</translation>
    </message>
    <message>
        <source>Add a test reading</source>
        <translation>Agregar un resultado de estudio</translation>
    </message>
    <message>
        <source>Add a guideline or study</source>
        <translation>Agregar una guía o un estudio</translation>
    </message>
    <message>
        <source>Kinds of treatment involved:</source>
        <translation>Tipos de tratamiento incluidos:</translation>
    </message>
    <message>
        <source>Tick “{0}”</source>
        <translation>Marcar “{0}”</translation>
    </message>
    <message>
        <source>Untick “{0}”</source>
        <translation>Desmarcar “{0}”</translation>
    </message>
    <message>
        <source>(my own row)</source>
        <translation>(mi propia fila)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>La misma otra vez</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>The &amp;same again:</source>
        <translation>La &amp;misma otra vez:</translation>
    </message>
    <message>
        <source>Set the passphrase</source>
        <translation>Establecer la frase de contraseña</translation>
    </message>
    <message>
        <source>Please use at least {n} characters; a few words are easy to remember and hard to guess.</source>
        <translation>Use al menos {n} caracteres; unas cuantas palabras son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Las dos frases no son iguales. Escríbalas de nuevo, por favor.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Preview: {0}</source>
        <translation>Vista previa: {0}</translation>
    </message>
    <message>
        <source>Pages of the preview</source>
        <translation>Páginas de la vista previa</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Para quién</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translation>{0} páginas</translation>
    </message>
    <message>
        <source>Sending the pages to the printer…</source>
        <translation>Enviando las páginas a la impresora…</translation>
    </message>
</context>
<context>
    <name>QuestionListModel</name>
    <message>
        <source>Tick question</source>
        <translation>Marcar la pregunta</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Editar la pregunta</translation>
    </message>
    <message>
        <source>Already in your questions</source>
        <translation>Ya está en sus preguntas</translation>
    </message>
    <message>
        <source>This question is already in your list, so it was not added a second time:

“{text}”

You can find it under My questions and add more to it there.</source>
        <translation>Esta pregunta ya está en su lista, así que no se agregó otra vez:

“{text}”

La encontrará en Mis preguntas y allí puede completarla.</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Agregar pregunta</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>Type a question to ask, then press Enter</source>
        <translation>Escriba una pregunta y presione Intro</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Pregunta nueva</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Agregar pregunta</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Mis preguntas</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Questions for the next visit, most important first. Tick a question once you have asked it.</source>
        <translation>Preguntas para la próxima consulta, las más importantes primero. Marque una pregunta cuando ya la haya hecho.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <source>This recovery key opens your information if the passphrase is forgotten. It is shown only now. Print it or save it somewhere safe, away from this computer, and keep it private.</source>
        <translation>Esta clave de recuperación abre su información si se olvida la frase de contraseña. Se muestra solo ahora. Imprímala o guárdela en un lugar seguro, lejos de esta computadora, y manténgala en privado.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Guardar en un archivo…</translation>
    </message>
    <message>
        <source>I have kept it</source>
        <translation>Ya la guardé</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>The recovery key could not be saved there ({reason}).</source>
        <translation>No se pudo guardar la clave de recuperación ahí ({reason}).</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>&amp;Clear mark</source>
        <translation>&amp;Quitar la marca</translation>
    </message>
    <message>
        <source>Open in the roomy &amp;editor</source>
        <translation>Abrir en el &amp;editor amplio</translation>
    </message>
    <message>
        <source>Ro&amp;w actions…</source>
        <translation>Acciones de la &amp;fila…</translation>
    </message>
    <message>
        <source>Mark the current row, ask about it, or open it in the roomy editor (Shift+F10)</source>
        <translation>Marcar la fila actual, preguntar sobre ella o abrirla en el editor amplio (Mayús+F10)</translation>
    </message>
    <message>
        <source>Row actions</source>
        <translation>Acciones de la fila</translation>
    </message>
    <message>
        <source>Mark a row</source>
        <translation>Marcar una fila</translation>
    </message>
    <message>
        <source>First click on the row you want to mark.</source>
        <translation>Primero haga clic en la fila que quiere marcar.</translation>
    </message>
    <message>
        <source>Mark “{row}” as {mark}</source>
        <translation>Marcar “{row}” como {mark}</translation>
    </message>
    <message>
        <source>Clear the mark on “{row}”</source>
        <translation>Quitar la marca de “{row}”</translation>
    </message>
    <message>
        <source>Open in the roomy editor</source>
        <translation>Abrir en el editor amplio</translation>
    </message>
    <message>
        <source>First add an opinion, then click on the row you want to open.</source>
        <translation>Primero agregue una opinión y luego haga clic en la fila que quiere abrir.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Your information cannot be saved in the folder “{folder}”: the app could not mark it as in use. Nothing has been changed. Please choose a folder you can write to (for example with --data-dir), or check that the disk is not full.</source>
        <translation>Su información no se puede guardar en la carpeta “{folder}”: la aplicación no pudo marcarla como en uso. No se cambió nada. Elija una carpeta en la que se pueda escribir (por ejemplo con --data-dir), o revise que el disco no esté lleno.</translation>
    </message>
    <message>
        <source>Second Opinion Companion seems to be open already</source>
        <translation>Parece que Second Opinion Companion ya está abierto</translation>
    </message>
    <message>
        <source>Second Opinion Companion seems to be open already with the same information (in another window, or on another computer that uses the same folder), but it is not answering. This start has changed nothing. Please look for its window and use that one. If it stays stuck, close it and start the app again: everything it showed as saved is kept.</source>
        <translation>Parece que Second Opinion Companion ya está abierto con la misma información (en otra ventana, o en otra computadora que usa la misma carpeta), pero no responde. Este inicio no cambió nada. Busque su ventana y use esa. Si sigue trabada, ciérrela y abra la aplicación de nuevo: se conserva todo lo que mostraba como guardado.</translation>
    </message>
</context>
<context>
    <name>SureCheck</name>
    <message>
        <source>Am I ready to decide? (the SURE check)</source>
        <translation>¿Estoy listo para decidir? (la prueba SURE)</translation>
    </message>
    <message>
        <source>Four yes-or-no questions about how you feel today. If any answer is no, you may not be ready to decide yet; that is common, and below you will find what could help. You can take the check again at any time and see how your answers changed. (After the SURE test, Légaré et al., Can Fam Physician 2010;56:e308.)</source>
        <translation>Cuatro preguntas de sí o no sobre cómo se siente hoy. Si alguna respuesta es no, quizá todavía no esté listo para decidir; eso es común, y más abajo encontrará lo que podría ayudar. Puede hacer la prueba otra vez cuando quiera y ver cómo cambiaron sus respuestas. (Según la prueba SURE, Légaré et al., Can Fam Physician 2010;56:e308.)</translation>
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
        <source>Save today&apos;s answers</source>
        <translation>Guardar las respuestas de hoy</translation>
    </message>
    <message>
        <source>My checks so far, newest first</source>
        <translation>Mis pruebas hasta ahora, las más recientes primero</translation>
    </message>
    <message>
        <source>My SURE checks so far, newest first</source>
        <translation>Mis pruebas SURE hasta ahora, las más recientes primero</translation>
    </message>
    <message>
        <source>{date}: {n} of 4 yes</source>
        <translation>{date}: {n} de 4 sí</translation>
    </message>
    <message>
        <source> (not yet: {what})</source>
        <translation> (todavía no: {what})</translation>
    </message>
    <message>
        <source>You have not taken the check yet.</source>
        <translation>Todavía no ha hecho la prueba.</translation>
    </message>
    <message>
        <source>Your latest check, on {date}: </source>
        <translation>Su última prueba, el {date}: </translation>
    </message>
</context>
<context>
    <name>ThirdOpinionPage</name>
    <message>
        <source>When the doctors see a row differently, a doctor of another kind can often settle it. For each row you marked Differ, here is which kind of specialist could help, and why. This app never names or ranks doctors and never recommends a treatment: whom to ask is your choice, with your doctors.</source>
        <translation>Cuando los médicos ven una fila de forma distinta, un médico de otra especialidad a menudo puede aclararlo. Para cada fila que marcó como Difieren, aquí está qué tipo de especialista podría ayudar, y por qué. Esta aplicación nunca nombra ni califica a médicos ni recomienda un tratamiento: a quién preguntar es decisión suya, con sus médicos.</translation>
    </message>
    <message>
        <source>No row is marked Differ yet. In the side-by-side view, right-click a row where the doctors disagree and choose “Mark as Differ”; it will then be listed here.</source>
        <translation>Todavía no hay ninguna fila marcada como Difieren. En la vista lado a lado, haga clic derecho en una fila donde los médicos no coinciden y elija “Marcar: difieren”; entonces aparecerá aquí.</translation>
    </message>
    <message>
        <source>Who could help settle it:</source>
        <translation>Quién podría ayudar a aclararlo:</translation>
    </message>
    <message>
        <source>Plan a third opinion for “{row}”</source>
        <translation>Planear una tercera opinión sobre “{row}”</translation>
    </message>
    <message>
        <source>Which kind of specialist</source>
        <translation>Qué tipo de especialista</translation>
    </message>
    <message>
        <source>Whom I will ask</source>
        <translation>A quién le voy a preguntar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What to send them</source>
        <translation>Qué enviarle</translation>
    </message>
    <message>
        <source>Choose a kind of specialist</source>
        <translation>Elija un tipo de especialista</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Your information is locked</source>
        <translation>Su información está bloqueada</translation>
    </message>
    <message>
        <source>Type your passphrase to open it. If you have forgotten it, you can type your recovery key instead.</source>
        <translation>Escriba su frase de contraseña para abrirla. Si la olvidó, puede escribir su clave de recuperación.</translation>
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
        <source>Please type your passphrase.</source>
        <translation>Escriba su frase de contraseña, por favor.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>You can try again in a moment.</source>
        <translation>Puede intentarlo de nuevo en un momento.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Second Opinion Companion — locked</source>
        <translation>Second Opinion Companion — bloqueado</translation>
    </message>
</context>
<context>
    <name>WhereIsMyData</name>
    <message>
        <source>Where is my data?</source>
        <translation>¿Dónde están mis datos?</translation>
    </message>
    <message>
        <source>Everything you type is kept in this folder on this computer, and nowhere else:</source>
        <translation>Todo lo que escribe se guarda en esta carpeta de esta computadora, y en ningún otro lugar:</translation>
    </message>
    <message>
        <source>It holds {count} backups; the newest is from {when} ({holds}).</source>
        <translation>Contiene {count} copias de seguridad; la más reciente es del {when} ({holds}).</translation>
    </message>
    <message>
        <source>It holds no backups yet; the first one is made once there is something to keep.</source>
        <translation>Todavía no contiene copias de seguridad; la primera se hace cuando haya algo que guardar.</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Abrir la carpeta</translation>
    </message>
    <message>
        <source>The folder could not be opened</source>
        <translation>No se pudo abrir la carpeta</translation>
    </message>
    <message>
        <source>No file manager opened the folder. You can copy its name above and open it yourself.</source>
        <translation>Ningún administrador de archivos abrió la carpeta. Puede copiar su nombre de arriba y abrirla usted.</translation>
    </message>
</context>
<context>
    <name>WorkspacePanel</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Caso:</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <source>Case &amp;details…</source>
        <translation>&amp;Datos del caso…</translation>
    </message>
    <message>
        <source>De&amp;lete case…</source>
        <translation>&amp;Borrar caso…</translation>
    </message>
    <message>
        <source>Add the &amp;example case</source>
        <translation>Agregar el caso de &amp;ejemplo</translation>
    </message>
    <message>
        <source>&amp;Add an opinion</source>
        <translation>&amp;Agregar una opinión</translation>
    </message>
    <message>
        <source>&amp;Remove this opinion…</source>
        <translation>&amp;Quitar esta opinión…</translation>
    </message>
    <message>
        <source>Move opinion &amp;left</source>
        <translation>Mover la opinión a la &amp;izquierda</translation>
    </message>
    <message>
        <source>Move opinion ri&amp;ght</source>
        <translation>Mover la opinión a la &amp;derecha</translation>
    </message>
    <message>
        <source>Add a row of &amp;my own…</source>
        <translation>Agregar una fila &amp;mía…</translation>
    </message>
    <message>
        <source>Remove my &amp;own row…</source>
        <translation>Q&amp;uitar mi fila…</translation>
    </message>
    <message>
        <source>As&amp;k about this row</source>
        <translation>&amp;Preguntar sobre esta fila</translation>
    </message>
    <message>
        <source>&amp;Plan a third opinion for this row</source>
        <translation>Planear una &amp;tercera opinión para esta fila</translation>
    </message>
    <message>
        <source>R&amp;ead this row aloud</source>
        <translation>&amp;Leer esta fila en voz alta</translation>
    </message>
    <message>
        <source>Show only rows that &amp;differ</source>
        <translation>Mostrar solo filas con dif&amp;erencias</translation>
    </message>
    <message>
        <source>&amp;Compare side by side</source>
        <translation>&amp;Comparar lado a lado</translation>
    </message>
    <message>
        <source>&amp;One opinion</source>
        <translation>&amp;Una opinión</translation>
    </message>
    <message>
        <source>My &amp;questions</source>
        <translation>&amp;Mis preguntas</translation>
    </message>
    <message>
        <source>T&amp;hird opinion plan</source>
        <translation>Plan de &amp;tercera opinión</translation>
    </message>
    <message>
        <source>&amp;Decide (my worksheet)</source>
        <translation>&amp;Decidir (mi hoja de trabajo)</translation>
    </message>
    <message>
        <source>Appointment&amp;s</source>
        <translation>C&amp;itas</translation>
    </message>
    <message>
        <source>Records chec&amp;klist</source>
        <translation>Lista de e&amp;xpedientes</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>Docum&amp;entos</translation>
    </message>
    <message>
        <source>Case actions</source>
        <translation>Acciones del caso</translation>
    </message>
    <message>
        <source>Comparison actions</source>
        <translation>Acciones de la comparación</translation>
    </message>
    <message>
        <source>Type straight into a cell. “≠?” is the app&apos;s hint that entries are not the same; you decide (right-click a row, or Shift+F10, to mark it).</source>
        <translation>Escriba directamente en una celda. “≠?” es la pista de la aplicación de que las entradas no son iguales; usted decide (haga clic derecho en una fila, o Mayús+F10, para marcarla).</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <source>Compare</source>
        <comment>short tab name</comment>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>One opinion</source>
        <translation>Una opinión</translation>
    </message>
    <message>
        <source>Opinion</source>
        <comment>short tab name</comment>
        <translation>Opinión</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Mis preguntas</translation>
    </message>
    <message>
        <source>Questions</source>
        <comment>short tab name</comment>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Third opinion</source>
        <translation>Tercera opinión</translation>
    </message>
    <message>
        <source>3rd opinion</source>
        <comment>short tab name</comment>
        <translation>3.ª opinión</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Decidir</translation>
    </message>
    <message>
        <source>Decide</source>
        <comment>short tab name</comment>
        <translation>Decidir</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Visits</source>
        <comment>short tab name</comment>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <source>Records</source>
        <comment>short tab name</comment>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Files</source>
        <comment>short tab name</comment>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Welcome. Here you can write down what each doctor said and see their opinions side by side. Everything stays on this computer.</source>
        <translation>Bienvenido. Aquí puede anotar lo que dijo cada médico y ver sus opiniones lado a lado. Todo queda en esta computadora.</translation>
    </message>
    <message>
        <source>Start with an example case</source>
        <translation>Empezar con un caso de ejemplo</translation>
    </message>
    <message>
        <source>Create my own case</source>
        <translation>Crear mi propio caso</translation>
    </message>
    <message>
        <source>(untitled case)</source>
        <translation>(caso sin nombre)</translation>
    </message>
    <message>
        <source>This case cannot be shown</source>
        <translation>Este caso no se puede mostrar</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Datos del caso</translation>
    </message>
    <message>
        <source>Edit case details</source>
        <translation>Editar los datos del caso</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Borrar el caso</translation>
    </message>
    <message>
        <source>Delete the case “{0}” and everything in it? You can undo this with Edit ▸ Undo.</source>
        <translation>¿Borrar el caso “{0}” y todo lo que contiene? Puede deshacerlo con Editar ▸ Deshacer.</translation>
    </message>
    <message>
        <source>Opinion {0}</source>
        <translation>Opinión {0}</translation>
    </message>
    <message>
        <source>Remove opinion</source>
        <translation>Quitar la opinión</translation>
    </message>
    <message>
        <source>First click on the opinion you want to remove.</source>
        <translation>Primero haga clic en la opinión que quiere quitar.</translation>
    </message>
    <message>
        <source>Remove “{0}” and everything written in it? You can undo this with Edit ▸ Undo.</source>
        <translation>¿Quitar “{0}” y todo lo escrito en ella? Puede deshacerlo con Editar ▸ Deshacer.</translation>
    </message>
    <message>
        <source>Add a row of my own</source>
        <translation>Agregar una fila propia</translation>
    </message>
    <message>
        <source>What should this row be about? (for example “Fertility preservation”)</source>
        <translation>¿De qué debería tratar esta fila? (por ejemplo “Preservación de la fertilidad”)</translation>
    </message>
    <message>
        <source>Remove my own row</source>
        <translation>Quitar mi propia fila</translation>
    </message>
    <message>
        <source>First click on a row you added yourself. The standard rows stay.</source>
        <translation>Primero haga clic en una fila que usted agregó. Las filas de siempre se quedan.</translation>
    </message>
    <message>
        <source>Remove the row “{0}” and what is written in it? You can undo this.</source>
        <translation>¿Quitar la fila “{0}” y lo que está escrito en ella? Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Quitar la fila</translation>
    </message>
    <message>
        <source>Ask about this row</source>
        <translation>Preguntar sobre esta fila</translation>
    </message>
    <message>
        <source>First click on the row you want to ask about.</source>
        <translation>Primero haga clic en la fila sobre la que quiere preguntar.</translation>
    </message>
    <message>
        <source>Plan a third opinion</source>
        <translation>Planear una tercera opinión</translation>
    </message>
    <message>
        <source>First click on the row you want a third opinion about.</source>
        <translation>Primero haga clic en la fila sobre la que quiere una tercera opinión.</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>nada anotado</translation>
    </message>
</context>
<context>
    <name>_EntryDelegate</name>
    <message>
        <source>(none stated)</source>
        <translation>(no se indicó)</translation>
    </message>
</context>
</TS>
