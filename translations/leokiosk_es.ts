<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountPage</name>
    <message>
        <source>My account</source>
        <extracomment>Heading of the account screen (ENT: Mon compte)</extracomment>
        <translation>Mi cuenta (Mon compte)</translation>
    </message>
    <message>
        <source>My password</source>
        <extracomment>Section heading of My account, above the fields; not the words of its button (Changer mon mot de passe), which a screen reader would then hear twice</extracomment>
        <translation>Mi contraseña</translation>
    </message>
    <message>
        <source>Current password</source>
        <extracomment>Label of the current password field
----------
Same as the label of the field</extracomment>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <extracomment>Label of the new password field
----------
Same as the label of the field</extracomment>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <extracomment>Label of the field where the new password is typed again
----------
Same as the label of the field</extracomment>
        <translation>Repite la nueva contraseña</translation>
    </message>
    <message>
        <source>Change my password</source>
        <extracomment>Same as the button text
----------
Sends the password change to the ENT</extracomment>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <source>My personal e-mail address</source>
        <extracomment>Section heading (ENT: Mon adresse de messagerie personnelle)</extracomment>
        <translation>Mi correo electrónico personal</translation>
    </message>
    <message>
        <source>New e-mail address</source>
        <extracomment>Label of the field for the new recovery e-mail address
----------
Same as the label of the field</extracomment>
        <translation>Nuevo correo electrónico</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <extracomment>Same as the button text
----------
Asks the ENT to e-mail a code to the new address</extracomment>
        <translation>Envíame un código</translation>
    </message>
    <message>
        <source>Code received by e-mail</source>
        <extracomment>Label of the field for the 6-digit code
----------
Same as the label of the field</extracomment>
        <translation>Código recibido por correo</translation>
    </message>
    <message>
        <source>Your previous address, if you had one, gets an e-mail telling it about this change.</source>
        <extracomment>Note under the code field: the ENT warns the old address</extracomment>
        <translation>Tu dirección anterior, si tenías una, recibirá un correo que avisa de este cambio.</translation>
    </message>
    <message>
        <source>Confirm the code</source>
        <extracomment>Same as the button text
----------
Sends the code to the ENT</extracomment>
        <translation>Confirmar el código</translation>
    </message>
    <message>
        <source>Keep your account safe</source>
        <extracomment>Section heading of the security advice</extracomment>
        <translation>Protege tu cuenta</translation>
    </message>
    <message>
        <source>Change your password from time to time, here in My account. If you write it down, keep it somewhere safe and never give it to anyone. Add a personal e-mail address that only you read: it lets you get back into your account. When you have finished, always sign out; on a computer that others use, do not tick &quot;Remember me&quot;.</source>
        <extracomment>Security advice, after the ENT&apos;s guide (Rappel des consignes de sécurité)</extracomment>
        <translation>Cambia tu contraseña de vez en cuando, aquí en Mi cuenta (Mon compte). Si la apuntas, guárdala en un lugar seguro y no se la des nunca a nadie. Añade un correo personal que solo leas tú: te permite volver a entrar en tu cuenta. Cuando termines, cierra siempre la sesión; en un ordenador que usan otras personas, no marques «Recordarme» (Se souvenir de moi).</translation>
    </message>
    <message>
        <source>Signed in on other devices?</source>
        <extracomment>Section heading of signing out everywhere</extracomment>
        <translation>¿Sesión abierta en otros dispositivos?</translation>
    </message>
    <message>
        <source>Sign out of all my devices</source>
        <extracomment>Same as the button text
----------
Starts signing out everywhere; a confirmation follows (ENT: Se déconnecter de tous mes appareils)</extracomment>
        <translation>Cerrar sesión en todos mis dispositivos</translation>
    </message>
    <message>
        <source>This signs you out on every other device, the phone app included. Continue?</source>
        <extracomment>Confirmation before signing out everywhere</extracomment>
        <translation>Se cerrará tu sesión en todos tus otros dispositivos, también en la app del móvil. ¿Continuar?</translation>
    </message>
    <message>
        <source>Yes, sign out everywhere</source>
        <extracomment>Same as the button text
----------
Confirms signing out of all devices</extracomment>
        <translation>Sí, cerrar sesión en todos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Same as the button text
----------
Keeps the other devices signed in</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Same as the button text
----------
Back to the signed-in screen</extracomment>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Sign out</source>
        <extracomment>Same as the button text
----------
Ends the session and wipes everything from this terminal (ENT: Se déconnecter)</extracomment>
        <translation>Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>ActivationPage</name>
    <message>
        <source>Activate your account</source>
        <extracomment>Title of the first-time activation screen (ENT: Activation de votre compte)</extracomment>
        <translation>Activa tu cuenta</translation>
    </message>
    <message>
        <source>Choose your password. You will use it with your identifier every time you sign in.</source>
        <extracomment>Introduction of the activation screen</extracomment>
        <translation>Elige tu contraseña. La usarás con tu usuario cada vez que inicies sesión.</translation>
    </message>
    <message>
        <source>Identifier</source>
        <extracomment>Caption of the identifier being activated (ENT: Identifiant)</extracomment>
        <translation>Usuario (Identifiant LEO)</translation>
    </message>
    <message>
        <source>New password</source>
        <extracomment>Label of the first password field at activation (ENT: Mot de passe)</extracomment>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <extracomment>Label of the confirmation field at activation (ENT: Confirmation du mot de passe)</extracomment>
        <translation>Repite la contraseña</translation>
    </message>
    <message>
        <source>The ENT is a school service. Your account is personal: keep your password secret and never use someone else&apos;s account. What you publish must respect others and the school rules. Your data is used only for school purposes.</source>
        <extracomment>Short version of the terms of use shown at activation</extracomment>
        <translation>El ENT es un servicio del instituto. Tu cuenta es personal: guarda tu contraseña en secreto y nunca uses la cuenta de otra persona. Lo que publiques debe respetar a los demás y las normas del instituto. Tus datos solo se usan para fines escolares.</translation>
    </message>
    <message>
        <source>I accept the terms of use</source>
        <extracomment>Required box at activation when the ENT asks for the terms of use (ENT: J&apos;accepte les conditions d&apos;utilisation)</extracomment>
        <translation>Acepto las condiciones de uso</translation>
    </message>
</context>
<context>
    <name>AdminPanelPage</name>
    <message>
        <source>Administration</source>
        <extracomment>Title of the admin panel (French: Administration)</extracomment>
        <translation>Administración</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <extracomment>Heading of the diagnostics report in the admin panel (French: Diagnostic)</extracomment>
        <translation>&amp;Diagnóstico</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <extracomment>Same as the heading of the diagnostics report, without the mnemonic</extracomment>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Same as the button text
----------
Leaves the admin panel for the kiosk (French: Retour)</extracomment>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Reload the configuration</source>
        <extracomment>Same as the button text
----------
Reads the configuration again and restarts the kiosk with it (French: Recharger la configuration)</extracomment>
        <translation>Recargar la configuración</translation>
    </message>
    <message>
        <source>Quit</source>
        <extracomment>Same as the button text
----------
Ends the session and closes the kiosk program (French: Quitter)</extracomment>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>AdminPinPage</name>
    <message>
        <source>Administration</source>
        <extracomment>Title of the admin PIN prompt (French: Administration)</extracomment>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Enter the administrator code to see the diagnostics or to leave the kiosk.</source>
        <extracomment>Introduction of the admin PIN prompt</extracomment>
        <translation>Escribe el código de administrador para ver el diagnóstico o salir del quiosco.</translation>
    </message>
    <message>
        <source>&amp;Administrator code</source>
        <extracomment>Label of the admin PIN field (French: Code administrateur)</extracomment>
        <translation>&amp;Código de administrador</translation>
    </message>
    <message>
        <source>Administrator code</source>
        <extracomment>Same as the label of the admin PIN field, without the mnemonic</extracomment>
        <translation>Código de administrador</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Same as the button text
----------
Leaves the admin PIN prompt (French: Retour)</extracomment>
        <translation>Volver</translation>
    </message>
    <message>
        <source>VALIDATE</source>
        <extracomment>Same as the button text
----------
Checks the admin PIN, in capitals as the ENT buttons (French: VALIDER)</extracomment>
        <translation>VALIDAR</translation>
    </message>
</context>
<context>
    <name>AssistancePage</name>
    <message>
        <source>Do you want to contact the help desk?</source>
        <extracomment>Title of the assistance screen (ENT: Vous souhaitez contacter l&apos;assistance ?)</extracomment>
        <translation>¿Quieres contactar con el servicio de ayuda?</translation>
    </message>
    <message>
        <source>Ask an adult</source>
        <extracomment>Heading on the assistance screen (no ENT text: Demander à un adulte)</extracomment>
        <translation>Pide ayuda a un adulto</translation>
    </message>
    <message>
        <source>A teacher or the CPE can generate a renewal code for you. Then choose &quot;I received a code&quot; and type it in.</source>
        <extracomment>On the assistance screen, under &quot;Ask an adult&quot;</extracomment>
        <translation>Un profesor o el CPE pueden crearte un código de renovación. Después elige «He recibido un código» y escríbelo.</translation>
    </message>
    <message>
        <source>I received a code</source>
        <extracomment>Opens the screen where a renewal code is typed (no ENT text: J&apos;ai reçu un code)</extracomment>
        <translation>He recibido un código</translation>
    </message>
</context>
<context>
    <name>AttractPage</name>
    <message>
        <source>LEO</source>
        <extracomment>Name of the ENT, read out for its logo</extracomment>
        <translation>LEO</translation>
    </message>
    <message>
        <source>Sign in</source>
        <extracomment>Same as the button text
----------
Opens the sign-in screen from the welcome screen (French: Se connecter)</extracomment>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <extracomment>Same as the button text
----------
Opens the lost-password screen from the welcome screen (French: Mot de passe oublié ?)</extracomment>
        <translation>¿Has olvidado tu contraseña?</translation>
    </message>
</context>
<context>
    <name>EntMessages</name>
    <message>
        <source>The ENT refused the request.</source>
        <translation>El ENT ha rechazado la solicitud.</translation>
    </message>
    <message>
        <source>You must accept the terms of use.</source>
        <translation>Tienes que aceptar las condiciones de uso.</translation>
    </message>
    <message>
        <source>The identifier is missing.</source>
        <translation>Falta el usuario.</translation>
    </message>
    <message>
        <source>The activation code is missing.</source>
        <translation>Falta el código de activación.</translation>
    </message>
    <message>
        <source>Enter your new password.</source>
        <translation>Escribe tu nueva contraseña.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no son iguales.</translation>
    </message>
    <message>
        <source>The password does not follow the ENT&apos;s rule.</source>
        <translation>La contraseña no cumple la regla del ENT.</translation>
    </message>
    <message>
        <source>The e-mail address is required.</source>
        <translation>El correo electrónico es obligatorio.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid. Check it, for example: prenom.nom@example.fr</source>
        <translation>El correo electrónico no es válido. Revísalo, por ejemplo: prenom.nom@example.fr</translation>
    </message>
    <message>
        <source>The ENT does not accept this e-mail address. Use another one.</source>
        <translation>El ENT no acepta este correo electrónico. Usa otro.</translation>
    </message>
    <message>
        <source>The mobile phone number is required.</source>
        <translation>El número de móvil es obligatorio.</translation>
    </message>
    <message>
        <source>This phone number is not valid. Type a mobile number, for example 06 12 34 56 78.</source>
        <translation>Este número de teléfono no es válido. Escribe un número de móvil, por ejemplo 06 12 34 56 78.</translation>
    </message>
    <message>
        <source>This number is not a mobile phone number. Type a number that starts with 06 or 07.</source>
        <translation>Este número no es de móvil. Escribe un número que empiece por 06 o 07.</translation>
    </message>
    <message>
        <source>Premium-rate numbers are not allowed. Type your mobile phone number.</source>
        <translation>No se permiten números de tarificación especial. Escribe tu número de móvil.</translation>
    </message>
    <message>
        <source>The activation code is wrong, or the account is already activated. Check your identifier and your code.</source>
        <translation>El código de activación es incorrecto o la cuenta ya está activada. Revisa tu usuario y tu código.</translation>
    </message>
    <message>
        <source>Your account looks like a duplicate of another one, which prevents its activation. Please contact your school&apos;s ENT administrator.</source>
        <translation>Tu cuenta parece un duplicado de otra, y eso impide activarla. Contacta con el administrador del ENT de tu instituto.</translation>
    </message>
    <message>
        <source>The ENT cannot be reached. Check the network connection or try again in a moment.</source>
        <translation>El ENT no responde. Revisa la conexión a la red o vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The ENT did not answer in time. Please try again in a moment.</source>
        <translation>El ENT no ha respondido a tiempo. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>By this kiosk&apos;s clock (%1), the ENT&apos;s certificate is not valid yet: the kiosk&apos;s date or time is wrong. Please tell the IT staff.</source>
        <translation>Según el reloj de este quiosco (%1), el certificado del ENT todavía no es válido: la fecha o la hora del quiosco están mal. Avisa al servicio de informática.</translation>
    </message>
    <message>
        <source>By this kiosk&apos;s clock (%1), the ENT&apos;s certificate has expired: the kiosk&apos;s date or time is probably wrong. Please tell the IT staff.</source>
        <translation>Según el reloj de este quiosco (%1), el certificado del ENT ha caducado: seguramente la fecha o la hora del quiosco están mal. Avisa al servicio de informática.</translation>
    </message>
    <message>
        <source>The connection to the ENT is not secure (certificate problem). Please tell the IT staff.</source>
        <translation>La conexión con el ENT no es segura (problema de certificado). Avisa al servicio de informática.</translation>
    </message>
    <message>
        <source>The ENT sent an answer that the kiosk does not understand. Please try again or tell the IT staff.</source>
        <translation>El ENT ha enviado una respuesta que el quiosco no entiende. Vuelve a intentarlo o avisa al servicio de informática.</translation>
    </message>
    <message>
        <source>The ENT has a technical problem. Please try again later.</source>
        <translation>El ENT tiene un problema técnico. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session has ended. Please sign in again.</source>
        <translation>No has iniciado sesión o tu sesión ha terminado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The identifier or the password is incorrect.</source>
        <translation>El usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>For security reasons, your account is temporarily blocked after too many sign-in attempts. Please try again later.</source>
        <translation>Por seguridad, tu cuenta está bloqueada durante un tiempo tras demasiados intentos de inicio de sesión. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Your school&apos;s administrator has blocked your access to your educational network. Please contact them.</source>
        <translation>El administrador de tu instituto ha bloqueado tu acceso a tu red educativa. Ponte en contacto con él.</translation>
    </message>
    <message>
        <source>Access to your educational network is temporarily blocked for your user profile.</source>
        <translation>El acceso a tu red educativa está bloqueado temporalmente para tu perfil de usuario.</translation>
    </message>
    <message>
        <source>Your educational network is temporarily unavailable. The team is doing its utmost to fix it as quickly as possible.</source>
        <translation>Tu red educativa no está disponible en este momento. El equipo hace todo lo posible para arreglarlo cuanto antes.</translation>
    </message>
    <message>
        <source>This sign-in method is not allowed.</source>
        <translation>Este modo de inicio de sesión no está permitido.</translation>
    </message>
    <message>
        <source>You typed an activation code: your account is not activated yet. Activate it on the ENT website first.</source>
        <translation>Has escrito un código de activación: tu cuenta aún no está activada. Actívala primero en la web del ENT.</translation>
    </message>
    <message>
        <source>You typed a password reset code. Choose your new password.</source>
        <translation>Has escrito un código para restablecer la contraseña. Elige tu nueva contraseña.</translation>
    </message>
    <message>
        <source>Too many people are connected to the ENT right now. Please try again in a few minutes.</source>
        <translation>Hay demasiadas personas conectadas al ENT ahora mismo. Vuelve a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>The kiosk is not correctly registered with the ENT. Please tell the IT staff.</source>
        <translation>El quiosco no está bien registrado en el ENT. Avisa al servicio de informática.</translation>
    </message>
    <message>
        <source>The ENT asks for an extra security check before this. Finish it on the ENT website.</source>
        <extracomment>The ENT asks this account (staff with admin functions) for a multi-factor check the kiosk cannot do</extracomment>
        <translation>El ENT pide una comprobación de seguridad extra antes de esto. Termínala en la web del ENT.</translation>
    </message>
    <message>
        <source>The ENT did not accept the change: your current password is wrong, or your account is temporarily blocked after too many attempts. Check your current password and try again in a few minutes, or, on the sign-in screen, choose &quot;Need help?&quot; then &quot;Have you lost your password?&quot;.</source>
        <extracomment>The ENT answers the same refusal for a wrong current password and a temporarily blocked account</extracomment>
        <translation>El ENT no ha aceptado el cambio: tu contraseña actual es incorrecta o tu cuenta está bloqueada un tiempo tras demasiados intentos. Revisa tu contraseña actual y vuelve a intentarlo en unos minutos. También puedes elegir, en la pantalla de inicio de sesión, «¿Necesitas ayuda?» (Besoin d&apos;aide ?) y luego «¿Has perdido tu contraseña?».</translation>
    </message>
</context>
<context>
    <name>EntStatusBanner</name>
    <message>
        <source>Try again</source>
        <extracomment>Same as the button text</extracomment>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>TRY AGAIN</source>
        <extracomment>Button of the &apos;ENT unreachable&apos; banner: try to reach the ENT now (RÉESSAYER)</extracomment>
        <translation>REINTENTAR</translation>
    </message>
</context>
<context>
    <name>ForcedPasswordPage</name>
    <message>
        <source>Choose a new password</source>
        <extracomment>Heading of the forced password change after sign-in (ENT: Changement de mot de passe obligatoire)</extracomment>
        <translation>Elige una contraseña nueva</translation>
    </message>
    <message>
        <source>Your school asks you to change your password before going on. Once it is changed, sign in again with the new one.</source>
        <extracomment>Why the forced change page is shown</extracomment>
        <translation>Tu instituto te pide cambiar tu contraseña antes de seguir. Cuando la cambies, vuelve a iniciar sesión con la nueva.</translation>
    </message>
    <message>
        <source>Current password</source>
        <extracomment>Label of the current password field
----------
Same as the label of the field</extracomment>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <extracomment>Label of the new password field
----------
Same as the label of the field</extracomment>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <extracomment>Label of the field where the new password is typed again
----------
Same as the label of the field</extracomment>
        <translation>Repite la nueva contraseña</translation>
    </message>
    <message>
        <source>Change my password</source>
        <extracomment>Same as the button text
----------
Sends the forced password change to the ENT</extracomment>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <source>Sign out</source>
        <extracomment>Same as the button text
----------
Gives up and wipes everything from this terminal (ENT: Se déconnecter)</extracomment>
        <translation>Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordPage</name>
    <message>
        <source>Have you lost your password?</source>
        <extracomment>Title of the lost-password screen (ENT: Vous avez perdu votre mot de passe ?)</extracomment>
        <translation>¿Has perdido tu contraseña?</translation>
    </message>
    <message>
        <source>Enter your sign-in identifier to receive the instructions to change your password.</source>
        <extracomment>ENT: Entrez votre identifiant de connexion pour recevoir les instructions pour changer votre mot de passe.</extracomment>
        <translation>Escribe tu usuario y te enviaremos las instrucciones para cambiar tu contraseña.</translation>
    </message>
    <message>
        <source>&amp;Identifier</source>
        <extracomment>Label of the identifier field (ENT: Identifiant)</extracomment>
        <translation>&amp;Usuario (Identifiant LEO)</translation>
    </message>
    <message>
        <source>Identifier</source>
        <extracomment>Same as the label of the identifier field, without the mnemonic</extracomment>
        <translation>Usuario (Identifiant LEO)</translation>
    </message>
    <message>
        <source>Your ENT identifier, in the form firstname.lastname</source>
        <translation>Tu usuario de LEO, con la forma nombre.apellido</translation>
    </message>
    <message>
        <source>firstname.lastname</source>
        <extracomment>Placeholder of the identifier field: the form every ENT identifier has (ENT: prénom.nom)</extracomment>
        <translation>nombre.apellido</translation>
    </message>
    <message>
        <source>Send it:</source>
        <extracomment>Before the choice between e-mail and SMS for the reset message (ENT: Envoyer un mail / Envoyer un sms)</extracomment>
        <translation>Recibir el código:</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <extracomment>Same as the button text, without the mnemonic</extracomment>
        <translation>Por correo</translation>
    </message>
    <message>
        <source>By &amp;e-mail</source>
        <extracomment>Sends the reset message by e-mail (ENT: Envoyer un mail)</extracomment>
        <translation>Por &amp;correo</translation>
    </message>
    <message>
        <source>By SMS</source>
        <extracomment>Same as the button text, without the mnemonic</extracomment>
        <translation>Por SMS</translation>
    </message>
    <message>
        <source>By &amp;SMS</source>
        <extracomment>Sends the reset code by SMS to the pupil&apos;s mobile (ENT: Envoyer un sms)</extracomment>
        <translation>Por &amp;SMS</translation>
    </message>
    <message>
        <source>SEND</source>
        <extracomment>Same as the button text
----------
Sends the reset message, in capitals as on the ENT (ENT: ENVOYER)</extracomment>
        <translation>ENVIAR</translation>
    </message>
    <message>
        <source>I received a code</source>
        <extracomment>Same as the button text
----------
Opens the screen where the received code is typed; the same words as on the help screen (J&apos;ai reçu un code)</extracomment>
        <translation>He recibido un código</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Need help?</source>
        <extracomment>Title of the help screen (ENT: Besoin d&apos;aide ?)</extracomment>
        <translation>¿Necesitas ayuda?</translation>
    </message>
    <message>
        <source>Just give the following information and we will help you get into your account.</source>
        <extracomment>Introduction of the help screen (ENT: Fournissez simplement les informations suivantes et nous vous aiderons à accéder à votre compte.)</extracomment>
        <translation>Solo tienes que darnos estos datos y te ayudaremos a entrar en tu cuenta.</translation>
    </message>
    <message>
        <source>Have you lost your password?</source>
        <extracomment>Help topic that opens the lost-password screen (ENT: Vous avez perdu votre mot de passe ?)</extracomment>
        <translation>¿Has perdido tu contraseña?</translation>
    </message>
    <message>
        <source>I received a code</source>
        <extracomment>Help topic for a pupil who already has a reset code or the e-mailed link (no ENT text: J&apos;ai reçu un code)</extracomment>
        <translation>He recibido un código</translation>
    </message>
    <message>
        <source>Have you lost your identifier?</source>
        <extracomment>Help topic that opens the lost-identifier screen (ENT: Vous avez perdu votre identifiant ?)</extracomment>
        <translation>¿Has perdido tu usuario?</translation>
    </message>
    <message>
        <source>Still lost?</source>
        <extracomment>Help topic that opens the step-by-step guide (ENT: Vous êtes toujours perdu ?)</extracomment>
        <translation>¿Sigues con dudas?</translation>
    </message>
    <message>
        <source>Do you want to contact the help desk?</source>
        <extracomment>Help topic that opens the school&apos;s contacts (ENT: Vous souhaitez contacter l&apos;assistance ?)</extracomment>
        <translation>¿Quieres contactar con el servicio de ayuda?</translation>
    </message>
</context>
<context>
    <name>HelpPupilPage</name>
    <message>
        <source>Help a pupil</source>
        <extracomment>Title of the screen where a teacher or the CPE makes a password code for a pupil (ENT: Aider un élève)</extracomment>
        <translation>Ayudar a un alumno</translation>
    </message>
    <message>
        <source>Choose one of your classes, then the pupil. Or type the pupil&apos;s identifier.</source>
        <extracomment>&quot;Aider un élève&quot;: what to do on the first step</extracomment>
        <translation>Elige una de tus clases y después al alumno. O escribe el usuario del alumno.</translation>
    </message>
    <message>
        <source>The ENT gives no class for your account here: type the pupil&apos;s identifier.</source>
        <extracomment>&quot;Aider un élève&quot;: when userinfo gives the adult no class ids (an OAuth client, or no class)</extracomment>
        <translation>El ENT no indica aquí ninguna clase para tu cuenta: escribe el usuario del alumno.</translation>
    </message>
    <message>
        <source>Your classes</source>
        <extracomment>&quot;Aider un élève&quot;: the list of the adult&apos;s classes (radio buttons)</extracomment>
        <translation>Tus clases</translation>
    </message>
    <message>
        <source>Pupils of the class</source>
        <extracomment>&quot;Aider un élève&quot;: the pupils of the chosen class (radio buttons)</extracomment>
        <translation>Alumnos de la clase</translation>
    </message>
    <message>
        <source>Or the pupil&apos;s identifier</source>
        <extracomment>&quot;Aider un élève&quot;: label of the field where the adult types the pupil&apos;s login (ENT: Identifiant)</extracomment>
        <translation>O el usuario del alumno</translation>
    </message>
    <message>
        <source>The code replaces any code the pupil received by e-mail. Nothing is sent to the pupil: you will read the code out.</source>
        <extracomment>&quot;Aider un élève&quot;: under the confirmation</extracomment>
        <translation>El código sustituye a cualquier código que el alumno haya recibido por correo. No se envía nada al alumno: tú le leerás el código.</translation>
    </message>
    <message>
        <source>Valid once, for a limited time (one hour on an ENT with its default settings). It replaces any code the pupil received by e-mail.</source>
        <extracomment>&quot;Aider un élève&quot;: the code&apos;s validity (ENT Core: reset-code-expire-delay, 1 h by default)</extracomment>
        <translation>Válido una sola vez, durante un tiempo limitado (una hora en un ENT con su configuración por defecto). Sustituye a cualquier código que el alumno haya recibido por correo.</translation>
    </message>
    <message>
        <source>Let the pupil type it now.</source>
        <extracomment>&quot;Aider un élève&quot;: the instruction under the code (ENT wording: Laissez l&apos;élève le saisir maintenant)</extracomment>
        <translation>Deja que el alumno lo escriba ahora.</translation>
    </message>
    <message>
        <source>Handing over signs you out of the kiosk; the pupil then types the code and chooses a new password.</source>
        <extracomment>&quot;Aider un élève&quot;: under the code, what the hand-over does</extracomment>
        <translation>Al pasarle el turno, se cierra tu sesión en el quiosco; después el alumno escribe el código y elige una contraseña nueva.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <extracomment>Heading of the full-screen idle warning (Vous êtes toujours là ?)</extracomment>
        <translation>¿Sigues ahí?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <extracomment>Same as the button text
----------
The big button that keeps the session (Je suis encore là)</extracomment>
        <translation>Sigo aquí</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::AccountPage</name>
    <message>
        <source>Saving…</source>
        <extracomment>The change-password button while the ENT is saving the new password</extracomment>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <source>Your password has been changed. Use the new one from now on.</source>
        <extracomment>After a successful password change on the account screen</extracomment>
        <translation>Tu contraseña se ha cambiado. A partir de ahora, usa la nueva.</translation>
    </message>
    <message>
        <source>Your password has been reset. Add a personal e-mail address now: next time you will be able to get a new password on your own. You can also do it later (Back).</source>
        <extracomment>Mon compte, just after signing in with a new password, for an account without a verified personal e-mail (the ENT guide&apos;s advice). &quot;Back&quot; skips it</extracomment>
        <translation>Tu contraseña se ha restablecido. Añade ahora un correo personal: la próxima vez podrás conseguir una contraseña nueva sin ayuda. También puedes hacerlo más tarde (Volver).</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>Account screen, while the ENT is asked for the personal e-mail address</extracomment>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>You have no personal e-mail address yet.</source>
        <extracomment>Account screen: the account has no personal e-mail address</extracomment>
        <translation>Todavía no tienes un correo personal.</translation>
    </message>
    <message>
        <source>Current address: %1</source>
        <extracomment>Account screen; %1 is the current personal e-mail address, masked (a…s@exemple.fr)</extracomment>
        <translation>Dirección actual: %1</translation>
    </message>
    <message>
        <source>Waiting for confirmation: a code was sent to %1.</source>
        <extracomment>State of the e-mail address change; %1 is the new address waiting for its code, masked (a…s@exemple.fr)</extracomment>
        <translation>Esperando confirmación: se ha enviado un código a %1.</translation>
    </message>
    <message>
        <source>This address is confirmed.</source>
        <extracomment>State of the personal e-mail address: proven by a code
----------
State of the personal e-mail address: never proven by a code</extracomment>
        <translation>Esta dirección está confirmada.</translation>
    </message>
    <message>
        <source>The code is no longer valid: too many wrong tries. Ask for a new code.</source>
        <extracomment>State of the e-mail address change: five wrong codes; a new code must be asked for</extracomment>
        <translation>El código ya no es válido: demasiados intentos fallidos. Pide un código nuevo.</translation>
    </message>
    <message>
        <source>The code is no longer valid: it has expired. Ask for a new code.</source>
        <extracomment>State of the e-mail address change: the code expired; a new code must be asked for</extracomment>
        <translation>El código ya no es válido: ha caducado. Pide un código nuevo.</translation>
    </message>
    <message>
        <source>This address is not confirmed yet.</source>
        <translation>Esta dirección aún no está confirmada.</translation>
    </message>
    <message>
        <source>Time left: %1.</source>
        <extracomment>Under the e-mail code field; %1 is minutes:seconds left, e.g. 9:05</extracomment>
        <translation>Tiempo restante: %1.</translation>
    </message>
    <message>
        <source>The code has expired: ask for a new one.</source>
        <extracomment>Under the e-mail code field, once the code&apos;s time is up</extracomment>
        <translation>El código ha caducado: pide uno nuevo.</translation>
    </message>
    <message>
        <source>Tries left: %1.</source>
        <extracomment>Under the e-mail code field: how many wrong codes may still be typed</extracomment>
        <translation>Intentos restantes: %1.</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <extracomment>The send-code button while the ENT is sending the e-mail</extracomment>
        <translation>Un momento…</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>Envíame un código</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <extracomment>The typed e-mail address is not one</extracomment>
        <translation>Esto no parece una dirección de correo.</translation>
    </message>
    <message>
        <source>Your new address is confirmed and saved.</source>
        <extracomment>After the right code: the new personal e-mail address is saved</extracomment>
        <translation>Tu nueva dirección está confirmada y guardada.</translation>
    </message>
    <message>
        <source>This code is not right. Check it and try again.</source>
        <extracomment>After a wrong e-mail code</extracomment>
        <translation>Este código no es correcto. Revísalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Your other devices and the phone app are signed out.</source>
        <extracomment>After signing out everywhere: this terminal stays signed in until Sign out</extracomment>
        <translation>Se ha cerrado la sesión en tus otros dispositivos y en la app del móvil.</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::ActivationPage</name>
    <message>
        <source>The kiosk could not read your account on the ENT, so it cannot activate it here without losing your e-mail address and mobile number. Activate your account on the ENT website.</source>
        <translation>El quiosco no ha podido leer tu cuenta en el ENT, así que no puede activarla aquí sin perder tu correo y tu número de móvil. Activa tu cuenta en la web del ENT.</translation>
    </message>
    <message>
        <source>Your account is activated. Sign in with your new password.</source>
        <extracomment>On the sign-in screen, with the identifier filled in, once the ENT activated the account</extracomment>
        <translation>Tu cuenta está activada. Inicia sesión con tu nueva contraseña.</translation>
    </message>
    <message>
        <source>The e-mail address is required.</source>
        <translation>El correo electrónico es obligatorio.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid. Check it, for example: prenom.nom@example.fr</source>
        <translation>El correo electrónico no es válido. Revísalo, por ejemplo: prenom.nom@example.fr</translation>
    </message>
    <message>
        <source>The mobile phone number is required.</source>
        <translation>El número de móvil es obligatorio.</translation>
    </message>
    <message>
        <source>Personal e-mail address</source>
        <translation>Correo electrónico personal</translation>
    </message>
    <message>
        <source>Personal e-mail address (optional)</source>
        <translation>Correo electrónico personal (opcional)</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>Número de móvil</translation>
    </message>
    <message>
        <source>Mobile phone number (optional)</source>
        <translation>Número de móvil (opcional)</translation>
    </message>
    <message>
        <source>Activating…</source>
        <extracomment>The activation button while the ENT is activating the account</extracomment>
        <translation>Activando…</translation>
    </message>
    <message>
        <source>ACTIVATE MY ACCOUNT</source>
        <translation>ACTIVAR MI CUENTA</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::AdminPanelPage</name>
    <message>
        <source>The configuration was not reloaded:</source>
        <extracomment>Before the list of refused configuration values (each names its key, in English)</extracomment>
        <translation>No se ha recargado la configuración:</translation>
    </message>
    <message>
        <source>The kiosk could not be started again with the new configuration.</source>
        <translation>No se ha podido reiniciar el quiosco con la nueva configuración.</translation>
    </message>
    <message>
        <source>Running the diagnostics…</source>
        <translation>Haciendo el diagnóstico…</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::AdminPinPage</name>
    <message>
        <source>Enter the administrator code.</source>
        <translation>Escribe el código de administrador.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong code. %n tries left before the prompt is locked.</source>
        <extracomment>The admin PIN was wrong; %n tries remain before the prompt locks itself</extracomment>
        <translation>
            <numerusform>Código incorrecto. Queda %n intento antes del bloqueo.</numerusform>
            <numerusform>Código incorrecto. Quedan %n intentos antes del bloqueo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong codes: the prompt is locked for %n more minute(s).</source>
        <extracomment>After too many wrong admin PINs; %n is the number of minutes, rounded up</extracomment>
        <translation>
            <numerusform>Demasiados códigos incorrectos: la entrada está bloqueada %n minuto más.</numerusform>
            <numerusform>Demasiados códigos incorrectos: la entrada está bloqueada %n minutos más.</numerusform>
        </translation>
    </message>
    <message>
        <source>No administrator code is configured on this kiosk.</source>
        <translation>No hay ningún código de administrador configurado en este quiosco.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>The validate button while the admin PIN is being checked</extracomment>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>VALIDATE</source>
        <translation>VALIDAR</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::AssistancePage</name>
    <message>
        <source>Ask at the school office (vie scolaire): they will tell you who manages the ENT accounts.</source>
        <extracomment>On the assistance screen when the kiosk has no contacts configured</extracomment>
        <translation>Pregunta en la oficina de vida escolar (vie scolaire): te dirán quién gestiona las cuentas del ENT.</translation>
    </message>
    <message>
        <source>Where:</source>
        <extracomment>Caption before a support contact&apos;s room or building</extracomment>
        <translation>Dónde:</translation>
    </message>
    <message>
        <source>When:</source>
        <extracomment>Caption before a support contact&apos;s opening hours</extracomment>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <extracomment>Caption before a support contact&apos;s phone number</extracomment>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <extracomment>Caption before a support contact&apos;s e-mail address</extracomment>
        <translation>Correo:</translation>
    </message>
    <message>
        <source>Scan this code with your phone to write to %1</source>
        <extracomment>Next to the QR code; %1 is the e-mail address it opens</extracomment>
        <translation>Escanea este código con tu móvil para escribir a %1</translation>
    </message>
    <message>
        <source>Scan this code with your phone to open the online help: %1</source>
        <extracomment>Next to the QR code; %1 is the address of the online help page</extracomment>
        <translation>Escanea este código con tu móvil para abrir la ayuda en línea: %1</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::EasyReadTexts</name>
    <message>
        <source>Type your identifier: firstname.lastname.</source>
        <extracomment>Easy-read (FALC) sentence, a step on the lost-password and received-code screens: type the identifier (ENT: prénom.nom). Short, one idea.</extracomment>
        <translation>Escribe tu usuario: nombre.apellido.</translation>
    </message>
    <message>
        <source>Press SEND.</source>
        <extracomment>Easy-read (FALC) sentence, a step on the lost-password and lost-identifier screens: press the ENT&apos;s SEND button (in capitals, the button&apos;s own word).</extracomment>
        <translation>Pulsa ENVIAR (ENVOYER).</translation>
    </message>
    <message>
        <source>You get a code by e-mail or by SMS.</source>
        <extracomment>Easy-read (FALC) sentence, lost-password screen, step 3: a code comes by e-mail or by text message.</extracomment>
        <translation>Recibes un código por correo o por SMS.</translation>
    </message>
    <message>
        <source>The code arrives in a few minutes.</source>
        <extracomment>Easy-read (FALC) sentence, lost-password screen, step 4: the message can take a few minutes.</extracomment>
        <translation>El código llega en unos minutos.</translation>
    </message>
    <message>
        <source>Then press &quot;I received a code&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, a step on the lost-password and assistance screens: then press the button &quot;I received a code&quot; (same words as that button).</extracomment>
        <translation>Después pulsa «He recibido un código».</translation>
    </message>
    <message>
        <source>Type the code of the message: 8 letters and digits.</source>
        <extracomment>Easy-read (FALC) sentence, received-code screen, step 2: type the 8-character code of the message, digits written as digits.</extracomment>
        <translation>Escribe el código del mensaje: 8 letras y números.</translation>
    </message>
    <message>
        <source>Press CHECK THE CODE.</source>
        <extracomment>Easy-read (FALC) sentence, received-code screen, step 3: press the button CHECK THE CODE (in capitals, the button&apos;s own words).</extracomment>
        <translation>Pulsa COMPROBAR EL CÓDIGO.</translation>
    </message>
    <message>
        <source>Then you choose a new password.</source>
        <extracomment>Easy-read (FALC) sentence, received-code screen, step 4: after the code, the pupil chooses a new password.</extracomment>
        <translation>Después eliges una contraseña nueva.</translation>
    </message>
    <message>
        <source>The code does not work? Press &quot;Request a new code&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, received-code screen, step 5: if the code does not work, press &quot;Request a new code&quot; (same words as that button).</extracomment>
        <translation>¿El código no funciona? Pulsa «Pedir un código nuevo».</translation>
    </message>
    <message>
        <source>Make up a new password.</source>
        <extracomment>Easy-read (FALC) sentence, a step on the new-password, activation and forced password change screens: make up a new password.</extracomment>
        <translation>Inventa una contraseña nueva.</translation>
    </message>
    <message>
        <source>Every line of the list must have a tick.</source>
        <extracomment>Easy-read (FALC) sentence, a step on the new-password, activation and forced password change screens: the list under the password field must have a tick on every line.</extracomment>
        <translation>Todas las líneas de la lista deben tener una marca.</translation>
    </message>
    <message>
        <source>Type the same password a 2nd time.</source>
        <extracomment>Easy-read (FALC) sentence, a step on the new-password, activation and forced password change screens: type the same password again in the second field (&quot;2nd&quot; in digits, FALC).</extracomment>
        <translation>Escribe otra vez la misma contraseña.</translation>
    </message>
    <message>
        <source>Press RESET.</source>
        <extracomment>Easy-read (FALC) sentence, new-password screen, step 4: press the button RESET (in capitals, the button&apos;s own word).</extracomment>
        <translation>Pulsa RESTABLECER.</translation>
    </message>
    <message>
        <source>Then you sign in with your new password.</source>
        <extracomment>Easy-read (FALC) sentence, new-password screen, step 5: afterwards the pupil signs in with the new password.</extracomment>
        <translation>Después inicias sesión con tu nueva contraseña.</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <extracomment>Easy-read (FALC) sentence, forced password change screen, step 1: type the password used until now.</extracomment>
        <translation>Escribe tu contraseña actual.</translation>
    </message>
    <message>
        <source>Press &quot;Change my password&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, forced password change screen, step 5: press the button &quot;Change my password&quot; (same words as that button).</extracomment>
        <translation>Pulsa «Cambiar mi contraseña».</translation>
    </message>
    <message>
        <source>Your e-mail address helps you if you forget your password.</source>
        <extracomment>Easy-read (FALC) sentence, activation screen, step 4: why to give a personal e-mail address.</extracomment>
        <translation>Tu correo te ayuda si olvidas tu contraseña.</translation>
    </message>
    <message>
        <source>Press ACTIVATE MY ACCOUNT.</source>
        <extracomment>Easy-read (FALC) sentence, activation screen, step 5: press the button ACTIVATE MY ACCOUNT (in capitals, the button&apos;s own words).</extracomment>
        <translation>Pulsa ACTIVAR MI CUENTA.</translation>
    </message>
    <message>
        <source>Choose the button for your problem.</source>
        <extracomment>Easy-read (FALC) sentence, help screen, step 1: choose the button that matches the problem.</extracomment>
        <translation>Elige el botón de tu problema.</translation>
    </message>
    <message>
        <source>You forgot your password: press &quot;Have you lost your password?&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, help screen, step 2: forgotten password → the button &quot;Have you lost your password?&quot; (same words as that button).</extracomment>
        <translation>Si has olvidado tu contraseña, pulsa «¿Has perdido tu contraseña?».</translation>
    </message>
    <message>
        <source>You have a code: press &quot;I received a code&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, help screen, step 3: a code in hand → the button &quot;I received a code&quot; (same words as that button).</extracomment>
        <translation>Si tienes un código, pulsa «He recibido un código».</translation>
    </message>
    <message>
        <source>You forgot your identifier: press &quot;Have you lost your identifier?&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, help screen, step 4: forgotten identifier → the button &quot;Have you lost your identifier?&quot; (same words as that button).</extracomment>
        <translation>Si has olvidado tu usuario, pulsa «¿Has perdido tu usuario?».</translation>
    </message>
    <message>
        <source>You want help from a person: press &quot;Do you want to contact the help desk?&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, help screen, step 5: to talk to a person → the button &quot;Do you want to contact the help desk?&quot; (same words as that button).</extracomment>
        <translation>Si quieres ayuda de una persona, pulsa «¿Quieres contactar con el servicio de ayuda?».</translation>
    </message>
    <message>
        <source>Type your personal e-mail address.</source>
        <extracomment>Easy-read (FALC) sentence, lost-identifier screen, step 1: type the personal e-mail address.</extracomment>
        <translation>Escribe tu correo electrónico personal.</translation>
    </message>
    <message>
        <source>Sometimes the screen asks for your first name and your school.</source>
        <extracomment>Easy-read (FALC) sentence, lost-identifier screen, step 3: when several accounts share the address, the screen asks for the first name and the school (ENT: établissement).</extracomment>
        <translation>A veces la pantalla te pide tu nombre y tu instituto.</translation>
    </message>
    <message>
        <source>The ENT sends your identifier to this address.</source>
        <extracomment>Easy-read (FALC) sentence, lost-identifier screen, step 4: the ENT sends the identifier to that address.</extracomment>
        <translation>El ENT envía tu usuario a esta dirección.</translation>
    </message>
    <message>
        <source>Look in your e-mails and in your spam.</source>
        <extracomment>Easy-read (FALC) sentence, lost-identifier screen, step 5: look in the e-mails and in the spam folder.</extracomment>
        <translation>Mira en tu correo y en la carpeta de spam.</translation>
    </message>
    <message>
        <source>You need your identifier: firstname.lastname.</source>
        <extracomment>Easy-read (FALC) sentence, step-by-step guide screen, step 1: what the pupil needs first, the identifier (ENT: prénom.nom).</extracomment>
        <translation>Necesitas tu usuario: nombre.apellido.</translation>
    </message>
    <message>
        <source>You need your personal e-mail address.</source>
        <extracomment>Easy-read (FALC) sentence, step-by-step guide screen, step 2: the pupil also needs the personal e-mail address saved in the account.</extracomment>
        <translation>Necesitas tu correo electrónico personal.</translation>
    </message>
    <message>
        <source>Ask for a code with &quot;Have you lost your password?&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, step-by-step guide screen, step 3: ask for a code with the button &quot;Have you lost your password?&quot; (same words as that button).</extracomment>
        <translation>Pide un código con «¿Has perdido tu contraseña?».</translation>
    </message>
    <message>
        <source>With the code, you choose a new password.</source>
        <extracomment>Easy-read (FALC) sentence, step-by-step guide screen, step 4: with the code, choose a new password.</extracomment>
        <translation>Con el código, eliges una contraseña nueva.</translation>
    </message>
    <message>
        <source>Never give your password to anyone.</source>
        <extracomment>Easy-read (FALC) sentence, step-by-step guide screen, step 5: keep the password secret.</extracomment>
        <translation>No des nunca tu contraseña a nadie.</translation>
    </message>
    <message>
        <source>An adult of your school can help you.</source>
        <extracomment>Easy-read (FALC) sentence, assistance screen, step 1: an adult of the school can help.</extracomment>
        <translation>Un adulto de tu instituto puede ayudarte.</translation>
    </message>
    <message>
        <source>Ask a teacher or the school office.</source>
        <extracomment>Easy-read (FALC) sentence, assistance screen, step 2: ask a teacher or the school office (FR: la vie scolaire).</extracomment>
        <translation>Pregunta a un profesor o en la vida escolar (vie scolaire).</translation>
    </message>
    <message>
        <source>The adult gives you a code.</source>
        <extracomment>Easy-read (FALC) sentence, assistance screen, step 3: the adult gives the pupil a code (a renewal code).</extracomment>
        <translation>El adulto te da un código.</translation>
    </message>
    <message>
        <source>Easy to read</source>
        <extracomment>The easy-read switch on every help screen and the new-password screen: a toggle button that shows the steps in short sentences with pictures (FALC: Facile à lire)</extracomment>
        <translation>Lectura fácil</translation>
    </message>
    <message>
        <source>Shows the steps in short sentences, with pictures.</source>
        <extracomment>What the easy-read switch does, told to a screen reader (FALC: Facile à lire)</extracomment>
        <translation>Muestra los pasos en frases cortas, con imágenes.</translation>
    </message>
    <message>
        <source>Easy-to-read steps</source>
        <extracomment>Accessible name of the list of easy-read steps shown under the switch</extracomment>
        <translation>Pasos en lectura fácil</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>An easy-read step: %1 is its number (1 to 5), %2 its sentence. Keep the number first in the reading order.</extracomment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::EntStatusBanner</name>
    <message>
        <source>The ENT is not answering at the moment. The help screens and the guide still work.</source>
        <extracomment>Banner while the ENT does not answer; the help screens need no server</extracomment>
        <translation>El ENT no responde en este momento. Las pantallas de ayuda y la guía siguen funcionando.</translation>
    </message>
    <message numerus="yes">
        <source>New attempt in %n second(s).</source>
        <extracomment>Second sentence of the &apos;ENT unreachable&apos; banner; %n is a number of seconds</extracomment>
        <translation>
            <numerusform>Nuevo intento en %n segundo.</numerusform>
            <numerusform>Nuevo intento en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again…</source>
        <extracomment>Second sentence of the &apos;ENT unreachable&apos; banner while the kiosk is trying again</extracomment>
        <translation>Reintentando…</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::FederatedNotice</name>
    <message>
        <source>Notice for pupils who sign in with EduConnect</source>
        <extracomment>Accessible name of the school&apos;s notice for pupils who sign in with EduConnect, under the sign-in form</extracomment>
        <translation>Aviso para los alumnos que inician sesión con EduConnect</translation>
    </message>
    <message>
        <source>Scan this code with your phone, or go to %1</source>
        <extracomment>Under the QR code of the EduConnect notice; %1 is the address the code holds</extracomment>
        <translation>Escanea este código con tu móvil o entra en %1</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::ForcedPasswordPage</name>
    <message>
        <source>Your new password is saved. Sign in again with it.</source>
        <extracomment>On the sign-in screen after the forced password change</extracomment>
        <translation>Tu nueva contraseña está guardada. Vuelve a iniciar sesión con ella.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <extracomment>The forced change button while the ENT is saving the new password</extracomment>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::ForgotPasswordPage</name>
    <message>
        <source>Enter your identifier.</source>
        <translation>Escribe tu usuario.</translation>
    </message>
    <message>
        <source>If a phone number is linked to this account, a code has been sent to the mobile phone number you gave.</source>
        <extracomment>Shown after a code was asked by SMS, whatever the ENT answered (ENT: auth.notify.password.forgotten.sms)</extracomment>
        <translation>Si esta cuenta tiene un número de teléfono, se ha enviado un código al número de móvil que diste.</translation>
    </message>
    <message>
        <source>If an e-mail address is linked to this account, a message with a link to renew your password has been sent to it. Remember to check your spam folder.</source>
        <extracomment>Shown after a message was asked by e-mail, whatever the ENT answered (ENT: auth.notify.password.forgotten)</extracomment>
        <translation>Si esta cuenta tiene un correo electrónico, se ha enviado a esa dirección un mensaje con un enlace para renovar tu contraseña. No olvides mirar la carpeta de spam.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <extracomment>The send button while the ENT is being asked</extracomment>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>SEND</source>
        <translation>ENVIAR</translation>
    </message>
    <message numerus="yes">
        <source>You can send a new code in %n s</source>
        <extracomment>Under the disabled send button, counting down each second; &quot;s&quot; is the symbol for seconds</extracomment>
        <translation>
            <numerusform>Podrás enviar otro código en %n s</numerusform>
            <numerusform>Podrás enviar otro código en %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::HelpPupilPage</name>
    <message>
        <source>The ENT refuses to show this class&apos;s list: it is not one of your classes. Type the pupil&apos;s identifier instead.</source>
        <extracomment>&quot;Aider un élève&quot;: the ENT refused the class list (401: not a class of this adult&apos;s)</extracomment>
        <translation>El ENT no deja ver la lista de esta clase: no es una de tus clases. En su lugar, escribe el usuario del alumno.</translation>
    </message>
    <message>
        <source>%1 — account not activated yet: use the activation code</source>
        <extracomment>&quot;Aider un élève&quot;: a pupil in the class list whose account is not activated yet; %1 is the name</extracomment>
        <translation>%1 — cuenta aún no activada: usa el código de activación</translation>
    </message>
    <message>
        <source>%1 — account blocked: see the ENT administrator</source>
        <extracomment>&quot;Aider un élève&quot;: a pupil in the class list whose account is blocked; %1 is the name</extracomment>
        <translation>%1 — cuenta bloqueada: consulta al administrador del ENT</translation>
    </message>
    <message>
        <source>The ENT refused: you can only make a code for a pupil of one of your classes (or, as the school&apos;s administrator, of your school). Check the identifier.</source>
        <extracomment>&quot;Aider un élève&quot;: the ENT refused to make the code (401). ENT Core allows the teachers and staff of the pupil&apos;s class and the school&apos;s local administrator</extracomment>
        <translation>El ENT lo ha rechazado: solo puedes crear un código para un alumno de tus clases (o de tu instituto, si eres su administrador). Revisa el usuario.</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>&quot;Aider un élève&quot; screen, the adult&apos;s button on the signed-in screen and its title (ENT wording)</extracomment>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Make the code</source>
        <extracomment>&quot;Aider un élève&quot;: confirms and asks the ENT for the pupil&apos;s code</extracomment>
        <translation>Crear el código</translation>
    </message>
    <message>
        <source>Choose another pupil</source>
        <extracomment>&quot;Aider un élève&quot;: back from the confirmation to the choice of the pupil</extracomment>
        <translation>Elegir otro alumno</translation>
    </message>
    <message>
        <source>Hand over to the pupil</source>
        <extracomment>&quot;Aider un élève&quot;: signs the adult out and opens &quot;J&apos;ai reçu un code&quot; for the pupil</extracomment>
        <translation>Pasar el turno al alumno</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>&quot;Aider un élève&quot;: back to the signed-in screen</extracomment>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Make a new password code for the account %1?</source>
        <extracomment>&quot;Aider un élève&quot; confirmation, when the identifier was typed; %1 is the identifier</extracomment>
        <translation>¿Crear un código de contraseña nueva para la cuenta %1?</translation>
    </message>
    <message>
        <source>Make a new password code for %1 (identifier %2)?</source>
        <extracomment>&quot;Aider un élève&quot; confirmation; %1 is the pupil&apos;s name and class, %2 the identifier</extracomment>
        <translation>¿Crear un código de contraseña nueva para %1 (usuario %2)?</translation>
    </message>
    <message>
        <source>Code for %1</source>
        <extracomment>&quot;Aider un élève&quot;: what the large code is, for a screen reader; %1 is the pupil&apos;s identifier</extracomment>
        <translation>Código para %1</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::HomeButton</name>
    <message>
        <source>BACK TO THE HOME SCREEN</source>
        <extracomment>Back to the sign-in screen from a help screen, in capitals as on the ENT (ENT: RETOUR À L&apos;ÉCRAN D&apos;ACCUEIL)</extracomment>
        <translation>VOLVER A LA PANTALLA DE INICIO</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::IdleOverlay</name>
    <message numerus="yes">
        <source>You will be signed out in %n second(s).</source>
        <extracomment>Under &quot;Are you still there?&quot;; %n is the number of seconds before the automatic sign-out</extracomment>
        <translation>
            <numerusform>Tu sesión se cerrará en %n segundo.</numerusform>
            <numerusform>Tu sesión se cerrará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Countdown before the automatic sign-out</source>
        <extracomment>What a screen reader is told the &quot;You will be signed out in…&quot; line is</extracomment>
        <translation>Cuenta atrás antes del cierre automático de sesión</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::LanguageSwitch</name>
    <message>
        <source>Language</source>
        <extracomment>Accessible name of the group of language buttons</extracomment>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::LoginPage</name>
    <message>
        <source>Enter your identifier.</source>
        <translation>Escribe tu usuario.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escribe tu contraseña.</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Las mayúsculas están activadas.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <extracomment>The sign-in button while the ENT is being asked</extracomment>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>SIGN IN</source>
        <translation>INICIAR SESIÓN</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::LostIdentifierPage</name>
    <message>
        <source>Enter your personal e-mail address.</source>
        <extracomment>Shown when ENVOYER is pressed with no e-mail address on the lost-identifier screen</extracomment>
        <translation>Escribe tu correo electrónico personal.</translation>
    </message>
    <message>
        <source>Enter your first name.</source>
        <extracomment>Shown when the first name is missing after the ENT asked for it</extracomment>
        <translation>Escribe tu nombre.</translation>
    </message>
    <message>
        <source>Choose your school.</source>
        <extracomment>Shown when no school is chosen after the ENT asked for one (ENT: Veuillez choisir votre établissement)</extracomment>
        <translation>Elige tu instituto.</translation>
    </message>
    <message>
        <source>If this e-mail address is valid, a message with your identifier has been sent to it. Remember to check your spam folder.</source>
        <extracomment>Shown after an identifier was asked, whatever the ENT answered (ENT: auth.notify.login.forgotten)</extracomment>
        <translation>Si este correo electrónico es válido, se le ha enviado un mensaje con tu usuario. No olvides mirar la carpeta de spam.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <extracomment>The send button while the ENT is being asked</extracomment>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>SEND</source>
        <translation>ENVIAR</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::MainWindow</name>
    <message>
        <source>Your session on the ENT has ended. Sign in again to go on.</source>
        <extracomment>On the sign-in screen when the ENT has ended the session (expired, or ended elsewhere)</extracomment>
        <translation>Tu sesión en el ENT ha terminado. Vuelve a iniciar sesión para seguir.</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::MessageLabel</name>
    <message>
        <source>Error</source>
        <extracomment>Said by a screen reader before an error message, as in &quot;Error: the identifier or the password is wrong&quot;</extracomment>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Said by a screen reader before a warning, as in &quot;Warning: Caps Lock is on&quot;</extracomment>
        <translation>Atención</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>Said by a screen reader before the outcome of a help request, as in &quot;Result: if this address is valid…&quot;</extracomment>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Information</source>
        <extracomment>Said by a screen reader before an information message, as in &quot;Information: your password is saved&quot;</extracomment>
        <translation>Información</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>How a screen reader hears a message: %1 is its kind (Error, Result…), %2 the sentence</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::NewPasswordPage</name>
    <message>
        <source>Your new password is saved. You can sign in.</source>
        <extracomment>On the sign-in screen, with the identifier filled in, once the ENT took the new password</extracomment>
        <translation>Tu nueva contraseña está guardada. Ya puedes iniciar sesión.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <extracomment>The reset button while the ENT is saving the new password</extracomment>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>RESET</source>
        <translation>RESTABLECER</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::PageScrollArea</name>
    <message>
        <source>More below</source>
        <extracomment>Shown at the bottom of a screen taller than the display while there is more to read below; a tap scrolls down</extracomment>
        <translation>Sigue más abajo</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::PasswordChecklist</name>
    <message>
        <source>Your new password must meet every rule:</source>
        <extracomment>Above the list of rules a new password must meet, each line marked as met or not met</extracomment>
        <translation>Tu nueva contraseña debe cumplir todas las reglas:</translation>
    </message>
    <message>
        <source>✓ %1 — met</source>
        <extracomment>A rule the new password meets; %1 is the rule, such as &quot;At least 8 characters&quot;</extracomment>
        <translation>✓ %1 — cumplida</translation>
    </message>
    <message>
        <source>✗ %1 — not met</source>
        <extracomment>A rule the new password does not meet yet; %1 is the rule, such as &quot;At least 8 characters&quot;</extracomment>
        <translation>✗ %1 — no cumplida</translation>
    </message>
    <message>
        <source>Rule met: %1</source>
        <extracomment>How a screen reader hears a rule the new password meets; %1 is the rule</extracomment>
        <translation>Regla cumplida: %1</translation>
    </message>
    <message>
        <source>Rule not met: %1</source>
        <extracomment>How a screen reader hears a rule the new password does not meet; %1 is the rule</extracomment>
        <translation>Regla no cumplida: %1</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::PasswordField</name>
    <message>
        <source>Hide the password</source>
        <translation>Ocultar la contraseña</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Mostrar la contraseña</translation>
    </message>
    <message>
        <source>Hide the text of “%1”</source>
        <extracomment>Accessible name of the button that hides the field&apos;s text again; %1 is the field&apos;s label, such as &quot;New password&quot;</extracomment>
        <translation>Ocultar el texto de «%1»</translation>
    </message>
    <message>
        <source>Show the text of “%1”</source>
        <translation>Mostrar el texto de «%1»</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::QrCodeWidget</name>
    <message>
        <source>QR code</source>
        <extracomment>Accessible name of a QR code picture</extracomment>
        <translation>Código QR</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <extracomment>Accessible description of a QR code picture; %1 is the address it holds</extracomment>
        <translation>Código QR de la dirección %1</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::ReadAloudButton</name>
    <message>
        <source>Stop</source>
        <extracomment>Header button while the screen is being read aloud: pressing it stops the voice</extracomment>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Listen</source>
        <extracomment>Header button on every screen: reads the screen&apos;s title, instructions and message aloud</extracomment>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <extracomment>What the header&apos;s « Écouter » button does, for a screen reader</extracomment>
        <translation>Leer esta página en voz alta</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::ResetCodePage</name>
    <message>
        <source>Enter your identifier.</source>
        <translation>Escribe tu usuario.</translation>
    </message>
    <message>
        <source>Enter the code you received.</source>
        <translation>Escribe el código que has recibido.</translation>
    </message>
    <message>
        <source>This is not a reset code. The code has 8 characters (letters and digits); you can also type the whole link from the e-mail.</source>
        <extracomment>The typed code is neither 8 characters of the ENT&apos;s alphabet nor a reset link</extracomment>
        <translation>Esto no es un código de restablecimiento. El código tiene 8 caracteres (letras y números); también puedes escribir el enlace completo del correo.</translation>
    </message>
    <message>
        <source>This code is not valid or has expired. Check it, or request a new code.</source>
        <extracomment>The ENT does not know this code for this identifier (wrong, expired or already used)</extracomment>
        <translation>Este código no es válido o ha caducado. Revísalo o pide un código nuevo.</translation>
    </message>
    <message>
        <source>Too many tries: this code can no longer be used. Request a new code.</source>
        <extracomment>After five wrong codes for one identifier; the ENT no longer accepts the code either</extracomment>
        <translation>Demasiados intentos: este código ya no se puede usar. Pide un código nuevo.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>The check button while the ENT is being asked</extracomment>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>CHECK THE CODE</source>
        <translation>COMPROBAR EL CÓDIGO</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::SignedInPage</name>
    <message>
        <source>Student</source>
        <extracomment>Account type ELEVE (ENT: Élève)</extracomment>
        <translation>Alumno</translation>
    </message>
    <message>
        <source>Teacher</source>
        <extracomment>Account type ENSEIGNANT (ENT: Enseignant)</extracomment>
        <translation>Profesor</translation>
    </message>
    <message>
        <source>School staff</source>
        <extracomment>Account type PERSEDUCNAT: staff of the school who are not teachers (ENT: Personnel de l&apos;établissement)</extracomment>
        <translation>Personal del instituto</translation>
    </message>
    <message>
        <source>Parent</source>
        <extracomment>Account type PERSRELELEVE: a pupil&apos;s parent or guardian (ENT: Parent)</extracomment>
        <translation>Padre o madre</translation>
    </message>
    <message>
        <source>Hello %1</source>
        <extracomment>Heading of the signed-in screen; %1 is the user&apos;s name (ENT: Bonjour %1)</extracomment>
        <translation>Hola, %1</translation>
    </message>
    <message>
        <source>Greeting</source>
        <extracomment>What a screen reader is told the signed-in screen&apos;s &quot;Hello …&quot; heading is</extracomment>
        <translation>Saludo</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::StillLostPage</name>
    <message>
        <source>1. What you need</source>
        <extracomment>Guide heading, &quot;Still lost?&quot; screen</extracomment>
        <translation>1. Lo que necesitas</translation>
    </message>
    <message>
        <source>Your identifier, usually firstname.lastname.</source>
        <extracomment>Guide step, &quot;Still lost?&quot; screen</extracomment>
        <translation>Tu usuario, normalmente nombre.apellido.</translation>
    </message>
    <message>
        <source>A personal e-mail address saved in your account (My account). Without it, no message can reach you: ask an adult at school.</source>
        <extracomment>Guide step, &quot;Still lost?&quot; screen; &quot;My account&quot; is the ENT&apos;s Mon compte</extracomment>
        <translation>Un correo personal guardado en tu cuenta, en Mi cuenta (Mon compte). Sin él, no te puede llegar ningún mensaje: pide ayuda a un adulto del instituto.</translation>
    </message>
    <message>
        <source>2. Ask for a code</source>
        <extracomment>Guide heading, &quot;Still lost?&quot; screen</extracomment>
        <translation>2. Pide un código</translation>
    </message>
    <message>
        <source>On the sign-in screen, choose &quot;Need help?&quot;, then &quot;Have you lost your password?&quot;.</source>
        <extracomment>Guide step; the quoted words are the labels of the help screens</extracomment>
        <translation>En la pantalla de inicio de sesión, elige «¿Necesitas ayuda?» (Besoin d&apos;aide ?) y después «¿Has perdido tu contraseña?».</translation>
    </message>
    <message>
        <source>Type your identifier and press SEND. A message with a code arrives at your personal e-mail address within a few minutes. Check your spam folder.</source>
        <extracomment>Guide step</extracomment>
        <translation>Escribe tu usuario y pulsa ENVIAR (ENVOYER). En unos minutos llega a tu correo personal un mensaje con un código. Mira también la carpeta de spam.</translation>
    </message>
    <message>
        <source>Choose &quot;I received a code&quot;, type your identifier and the code, then choose your new password.</source>
        <extracomment>Guide step; the quoted words are the label of the help screen button</extracomment>
        <translation>Elige «He recibido un código», escribe tu usuario y el código, y después elige tu nueva contraseña.</translation>
    </message>
    <message>
        <source>Lost your identifier too? Choose &quot;Have you lost your identifier?&quot; and give your personal e-mail address.</source>
        <extracomment>Guide step</extracomment>
        <translation>¿También has perdido tu usuario? Elige «¿Has perdido tu usuario?» y escribe tu correo personal.</translation>
    </message>
    <message>
        <source>3. Choose a good password</source>
        <extracomment>Guide heading, &quot;Still lost?&quot; screen</extracomment>
        <translation>3. Elige una buena contraseña</translation>
    </message>
    <message>
        <source>Follow the rule shown under the password field: every line must be ticked.</source>
        <extracomment>Guide step; the rule itself is shown live when the password is typed</extracomment>
        <translation>Sigue la regla que aparece bajo el campo de la contraseña: todas las líneas deben estar marcadas.</translation>
    </message>
    <message>
        <source>Use a long sentence that only you know rather than a word, a name or a date of birth.</source>
        <extracomment>Guide step</extracomment>
        <translation>Usa una frase larga que solo sepas tú, en vez de una palabra, un nombre o una fecha de nacimiento.</translation>
    </message>
    <message>
        <source>4. Stay safe</source>
        <extracomment>Guide heading, &quot;Still lost?&quot; screen</extracomment>
        <translation>4. Protege tu cuenta</translation>
    </message>
    <message>
        <source>Change your password from time to time.</source>
        <extracomment>Security advice</extracomment>
        <translation>Cambia tu contraseña de vez en cuando.</translation>
    </message>
    <message>
        <source>Keep it secret: never give it to anyone, not even a friend.</source>
        <extracomment>Security advice</extracomment>
        <translation>Guárdala en secreto: no se la des nunca a nadie, ni siquiera a tus amigos.</translation>
    </message>
    <message>
        <source>Save a safe personal e-mail address in My account, one that only you can read.</source>
        <extracomment>Security advice</extracomment>
        <translation>Guarda en Mi cuenta (Mon compte) un correo personal seguro, que solo puedas leer tú.</translation>
    </message>
    <message>
        <source>On a shared computer, always sign out and never tick &quot;Remember me&quot;.</source>
        <extracomment>Security advice; &quot;Remember me&quot; is the ENT&apos;s « Se souvenir de moi »</extracomment>
        <translation>En un ordenador compartido, cierra siempre la sesión y nunca marques «Recordarme» (Se souvenir de moi).</translation>
    </message>
    <message>
        <source>5. Online help</source>
        <extracomment>Guide heading, &quot;Still lost?&quot; screen, above the address of the online help</extracomment>
        <translation>5. Ayuda en línea</translation>
    </message>
    <message>
        <source>Scan this code with your phone to open the online help: %1</source>
        <extracomment>Next to the QR code; %1 is the address of the online help page</extracomment>
        <translation>Escanea este código con tu móvil para abrir la ayuda en línea: %1</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::TermsPage</name>
    <message>
        <source>The full terms of use of your ENT can be read on %1, under &quot;Terms of use&quot;. By accepting, you agree to use the ENT according to them.</source>
        <extracomment>Body of the terms page; %1 is the ENT&apos;s address, where the full terms can be read</extracomment>
        <translation>Puedes leer las condiciones de uso completas de tu ENT en %1, en el apartado «Condiciones de uso» (Conditions générales d&apos;utilisation). Al aceptarlas, te comprometes a usar el ENT respetándolas.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Sign in</source>
        <extracomment>Title of the sign-in screen (ENT: Connexion)</extracomment>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Identifier</source>
        <extracomment>Label of the login field (ENT: Identifiant)</extracomment>
        <translation>&amp;Usuario (Identifiant LEO)</translation>
    </message>
    <message>
        <source>Identifier</source>
        <extracomment>Same as the label of the login field, without the mnemonic</extracomment>
        <translation>Usuario (Identifiant LEO)</translation>
    </message>
    <message>
        <source>Your ENT identifier, in the form firstname.lastname</source>
        <translation>Tu usuario de LEO, con la forma nombre.apellido</translation>
    </message>
    <message>
        <source>firstname.lastname</source>
        <extracomment>Placeholder of the login field: the form every ENT identifier has (ENT: prénom.nom)</extracomment>
        <translation>nombre.apellido</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <extracomment>Label of the password field (ENT: Mot de passe)</extracomment>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <extracomment>Same as the label of the password field, without the mnemonic</extracomment>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Remember me</source>
        <extracomment>Same as the check box text, without the mnemonic</extracomment>
        <translation>Recordarme</translation>
    </message>
    <message>
        <source>&amp;Remember me</source>
        <extracomment>Keeps the identifier on this computer (ENT: Se souvenir de moi)</extracomment>
        <translation>&amp;Recordarme</translation>
    </message>
    <message>
        <source>Need help?</source>
        <extracomment>Same as the button text, without the mnemonic</extracomment>
        <translation>¿Necesitas ayuda?</translation>
    </message>
    <message>
        <source>&amp;Need help?</source>
        <extracomment>Link to the help screens for a lost password or identifier (ENT: Besoin d&apos;aide ?)</extracomment>
        <translation>¿&amp;Necesitas ayuda?</translation>
    </message>
    <message>
        <source>SIGN IN</source>
        <extracomment>Same as the button text
----------
The sign-in button, in capitals as on the ENT (ENT: CONNEXION)</extracomment>
        <translation>INICIAR SESIÓN</translation>
    </message>
</context>
<context>
    <name>LostIdentifierPage</name>
    <message>
        <source>Have you lost your identifier?</source>
        <extracomment>Title of the lost-identifier screen (ENT: Vous avez perdu votre identifiant ?)</extracomment>
        <translation>¿Has perdido tu usuario?</translation>
    </message>
    <message>
        <source>Enter the personal e-mail address saved in your account: we will send your identifier to it.</source>
        <extracomment>Introduction of the lost-identifier screen</extracomment>
        <translation>Escribe el correo personal guardado en tu cuenta: te enviaremos allí tu usuario.</translation>
    </message>
    <message>
        <source>Personal e-mail address</source>
        <extracomment>Label of the e-mail field of the lost-identifier screen (ENT: Adresse email)</extracomment>
        <translation>Correo electrónico personal</translation>
    </message>
    <message>
        <source>Please enter your first name:</source>
        <extracomment>Asked when several accounts share the e-mail address (ENT: Veuillez entrer votre prénom :)</extracomment>
        <translation>Escribe tu nombre:</translation>
    </message>
    <message>
        <source>Please choose your school:</source>
        <extracomment>Asked when several accounts share the e-mail address (ENT: Veuillez choisir votre établissement :)</extracomment>
        <translation>Elige tu instituto:</translation>
    </message>
    <message>
        <source>How is my identifier made?</source>
        <extracomment>Button that shows or hides the explanation of identifiers (ENT: Comment est construit mon identifiant ?)</extracomment>
        <translation>¿Cómo se forma mi usuario?</translation>
    </message>
    <message>
        <source>Your identifier is usually your first name and your last name separated by a dot, in lower case and without accents: élodie.dupré becomes elodie.dupre. Compound names keep their hyphen (jean-marc.durand), and double last names are joined with a hyphen (lea.martin-lopez). When two people have the same name, a digit follows the second one (paul.petit1).</source>
        <extracomment>Explanation of how ENT identifiers are built, shown under its button</extracomment>
        <translation>Tu usuario suele ser tu nombre y tu apellido separados por un punto, en minúsculas y sin acentos: élodie.dupré pasa a ser elodie.dupre. Los nombres compuestos conservan su guion (jean-marc.durand) y los apellidos dobles se unen con un guion (lea.martin-lopez). Si dos personas se llaman igual, la segunda lleva un número detrás (paul.petit1).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LEO</source>
        <extracomment>Name of the ENT, read out for its logo</extracomment>
        <translation>LEO</translation>
    </message>
</context>
<context>
    <name>NewPasswordPage</name>
    <message>
        <source>New password</source>
        <extracomment>Title of the screen where the new password is chosen (ENT: Nouveau mot de passe)
----------
Same as the label of the new password field, without the mnemonic</extracomment>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Identifier</source>
        <extracomment>Caption of the identifier whose password is being reset (ENT: Identifiant)</extracomment>
        <translation>Usuario (Identifiant LEO)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <extracomment>Label of the new password field (ENT: Nouveau mot de passe)</extracomment>
        <translation>&amp;Nueva contraseña</translation>
    </message>
    <message>
        <source>&amp;Confirm the new password</source>
        <extracomment>Label of the field where the new password is typed again (ENT: Confirmation du nouveau mot de passe)</extracomment>
        <translation>&amp;Repite la nueva contraseña</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <extracomment>Same as the label of the confirmation field, without the mnemonic</extracomment>
        <translation>Repite la nueva contraseña</translation>
    </message>
    <message>
        <source>RESET</source>
        <extracomment>Same as the button text
----------
Saves the new password, in capitals as on the ENT (ENT: RÉINITIALISER)</extracomment>
        <translation>RESTABLECER</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Al menos %n carácter</numerusform>
            <numerusform>Al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>At least one letter</source>
        <translation>Al menos una letra</translation>
    </message>
    <message>
        <source>At least one digit</source>
        <translation>Al menos un número</translation>
    </message>
    <message>
        <source>Meets the ENT&apos;s password rule</source>
        <translation>Cumple la regla de contraseñas del ENT</translation>
    </message>
    <message>
        <source>The two entries are identical</source>
        <translation>Las dos contraseñas son iguales</translation>
    </message>
</context>
<context>
    <name>ResetCodePage</name>
    <message>
        <source>I received a code</source>
        <extracomment>Title of the screen where a reset code is typed (J&apos;ai reçu un code)</extracomment>
        <translation>He recibido un código</translation>
    </message>
    <message>
        <source>Enter your identifier and the code you received. You can also type the whole link from the e-mail.</source>
        <extracomment>Explains the reset code screen</extracomment>
        <translation>Escribe tu usuario y el código que has recibido. También puedes escribir el enlace completo del correo.</translation>
    </message>
    <message>
        <source>&amp;Identifier</source>
        <extracomment>Label of the identifier field (ENT: Identifiant)</extracomment>
        <translation>&amp;Usuario (Identifiant LEO)</translation>
    </message>
    <message>
        <source>Identifier</source>
        <extracomment>Same as the label of the identifier field, without the mnemonic</extracomment>
        <translation>Usuario (Identifiant LEO)</translation>
    </message>
    <message>
        <source>Your ENT identifier, in the form firstname.lastname</source>
        <translation>Tu usuario de LEO, con la forma nombre.apellido</translation>
    </message>
    <message>
        <source>firstname.lastname</source>
        <extracomment>Placeholder of the identifier field: the form every ENT identifier has (ENT: prénom.nom)</extracomment>
        <translation>nombre.apellido</translation>
    </message>
    <message>
        <source>&amp;Code received by e-mail, or the whole link</source>
        <extracomment>Label of the reset code field: the 8-character code, or the whole link of the e-mail (Code reçu par e-mail, ou le lien complet)</extracomment>
        <translation>&amp;Código recibido por correo, o el enlace completo</translation>
    </message>
    <message>
        <source>Code received by e-mail, or the whole link</source>
        <extracomment>Same as the label of the code field, without the mnemonic</extracomment>
        <translation>Código recibido por correo, o el enlace completo</translation>
    </message>
    <message>
        <source>8 letters and digits; capitals, spaces and dashes do not matter</source>
        <translation>8 letras y números; no importan las mayúsculas, los espacios ni los guiones</translation>
    </message>
    <message>
        <source>CHECK THE CODE</source>
        <extracomment>Same as the button text
----------
Checks the reset code with the ENT, in capitals like the ENT&apos;s buttons (VÉRIFIER LE CODE)</extracomment>
        <translation>COMPROBAR EL CÓDIGO</translation>
    </message>
    <message>
        <source>Request a new code</source>
        <extracomment>Same as the button text
----------
Opens the lost-password screen to have a new code sent (Demander un nouveau code)</extracomment>
        <translation>Pedir un código nuevo</translation>
    </message>
</context>
<context>
    <name>SignedInPage</name>
    <message>
        <source>Profile</source>
        <extracomment>What kind of ENT account this is: pupil, teacher, parent… (ENT: Profil)</extracomment>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>School</source>
        <extracomment>The school (lycée) of the account (ENT: Établissement)</extracomment>
        <translation>Instituto</translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>The class the pupil is in, e.g. 2nde 3 (ENT: Classe)</extracomment>
        <translation>Clase</translation>
    </message>
    <message>
        <source>My account</source>
        <extracomment>Same as the button text, without the mnemonic</extracomment>
        <translation>Mi cuenta</translation>
    </message>
    <message>
        <source>&amp;My account</source>
        <extracomment>Opens the account screen: password, personal e-mail address, other devices (ENT: Mon compte)</extracomment>
        <translation>&amp;Mi cuenta</translation>
    </message>
    <message>
        <source>Help a pupil</source>
        <extracomment>Same as the button text
----------
For a teacher or the school staff only, beside My account: makes a password code for a pupil of their class (ENT: Aider un élève)</extracomment>
        <translation>Ayudar a un alumno</translation>
    </message>
    <message>
        <source>Sign out</source>
        <extracomment>Same as the button text, without the mnemonic</extracomment>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <extracomment>Ends the session and wipes everything from this terminal (ENT: Se déconnecter)</extracomment>
        <translation>&amp;Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>StillLostPage</name>
    <message>
        <source>Still lost?</source>
        <extracomment>Title of the step-by-step guide screen (ENT: Vous êtes toujours perdu ?)</extracomment>
        <translation>¿Sigues con dudas?</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Terms of use</source>
        <extracomment>Heading of the terms page after sign-in (ENT: Conditions générales d&apos;utilisation)
----------
Same as the heading</extracomment>
        <translation>Condiciones de uso</translation>
    </message>
    <message>
        <source>The terms of use of your ENT have changed. Read them, then accept them to go on. If you refuse, you are signed out.</source>
        <extracomment>Why the terms page is shown</extracomment>
        <translation>Las condiciones de uso de tu ENT han cambiado. Léelas y acéptalas para seguir. Si las rechazas, se cerrará tu sesión.</translation>
    </message>
    <message>
        <source>I accept</source>
        <extracomment>Same as the button text
----------
Accepts the terms of use and goes on (ENT: J&apos;accepte)</extracomment>
        <translation>Acepto</translation>
    </message>
    <message>
        <source>I refuse and sign out</source>
        <extracomment>Same as the button text
----------
Refuses the terms: signs out and wipes everything</extracomment>
        <translation>No acepto y cierro sesión</translation>
    </message>
</context>
</TS>
