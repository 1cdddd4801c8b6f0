<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AccountPage</name>
    <message>
        <source>My account</source>
        <extracomment>Heading of the account screen (ENT: Mon compte)</extracomment>
        <translation>Mon compte</translation>
    </message>
    <message>
        <source>Change my password</source>
        <extracomment>Same as the button text
----------
Sends the password change to the ENT</extracomment>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>Current password</source>
        <extracomment>Label of the current password field
----------
Same as the label of the field</extracomment>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <extracomment>Label of the new password field
----------
Same as the label of the field</extracomment>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <extracomment>Label of the field where the new password is typed again
----------
Same as the label of the field</extracomment>
        <translation>Confirmation du nouveau mot de passe</translation>
    </message>
    <message>
        <source>My personal e-mail address</source>
        <extracomment>Section heading (ENT: Mon adresse de messagerie personnelle)</extracomment>
        <translation>Mon adresse de messagerie personnelle</translation>
    </message>
    <message>
        <source>New e-mail address</source>
        <extracomment>Label of the field for the new recovery e-mail address
----------
Same as the label of the field</extracomment>
        <translation>Nouvelle adresse de messagerie</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <extracomment>Same as the button text
----------
Asks the ENT to e-mail a code to the new address</extracomment>
        <translation>M&apos;envoyer un code</translation>
    </message>
    <message>
        <source>Code received by e-mail</source>
        <extracomment>Label of the field for the 6-digit code
----------
Same as the label of the field</extracomment>
        <translation>Code reçu par e-mail</translation>
    </message>
    <message>
        <source>Your previous address, if you had one, gets an e-mail telling it about this change.</source>
        <extracomment>Note under the code field: the ENT warns the old address</extracomment>
        <translation>Votre ancienne adresse, si vous en aviez une, reçoit un e-mail qui la prévient de ce changement.</translation>
    </message>
    <message>
        <source>Confirm the code</source>
        <extracomment>Same as the button text
----------
Sends the code to the ENT</extracomment>
        <translation>Valider le code</translation>
    </message>
    <message>
        <source>Keep your account safe</source>
        <extracomment>Section heading of the security advice</extracomment>
        <translation>Protégez votre compte</translation>
    </message>
    <message>
        <source>Change your password from time to time, here in My account. If you write it down, keep it somewhere safe and never give it to anyone. Add a personal e-mail address that only you read: it lets you get back into your account. When you have finished, always sign out; on a computer that others use, do not tick &quot;Remember me&quot;.</source>
        <extracomment>Security advice, after the ENT&apos;s guide (Rappel des consignes de sécurité)</extracomment>
        <translation>Changez votre mot de passe de temps en temps, ici dans Mon compte. Si vous le notez, gardez-le en lieu sûr et ne le donnez à personne. Renseignez une adresse de messagerie personnelle que vous seul consultez : elle vous permet de retrouver l&apos;accès à votre compte. Quand vous avez terminé, déconnectez-vous toujours ; sur un poste utilisé par d&apos;autres, ne cochez pas « Se souvenir de moi ».</translation>
    </message>
    <message>
        <source>Signed in on other devices?</source>
        <extracomment>Section heading of signing out everywhere</extracomment>
        <translation>Connecté sur d&apos;autres appareils ?</translation>
    </message>
    <message>
        <source>Sign out of all my devices</source>
        <extracomment>Same as the button text
----------
Starts signing out everywhere; a confirmation follows (ENT: Se déconnecter de tous mes appareils)</extracomment>
        <translation>Se déconnecter de tous mes appareils</translation>
    </message>
    <message>
        <source>This signs you out on every other device, the phone app included. Continue?</source>
        <extracomment>Confirmation before signing out everywhere</extracomment>
        <translation>Vous serez déconnecté de tous vos autres appareils, y compris l&apos;application de votre téléphone. Continuer ?</translation>
    </message>
    <message>
        <source>Yes, sign out everywhere</source>
        <extracomment>Same as the button text
----------
Confirms signing out of all devices</extracomment>
        <translation>Oui, me déconnecter partout</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Same as the button text
----------
Keeps the other devices signed in</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Same as the button text
----------
Back to the signed-in screen</extracomment>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Sign out</source>
        <extracomment>Same as the button text
----------
Ends the session and wipes everything from this terminal (ENT: Se déconnecter)</extracomment>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>My password</source>
        <extracomment>Section heading of My account, above the fields; not the words of its button (Changer mon mot de passe), which a screen reader would then hear twice</extracomment>
        <translation>Mon mot de passe</translation>
    </message>
</context>
<context>
    <name>ActivationPage</name>
    <message>
        <source>Activate your account</source>
        <extracomment>Title of the first-time activation screen (ENT: Activation de votre compte)</extracomment>
        <translation>Activation de votre compte</translation>
    </message>
    <message>
        <source>Choose your password. You will use it with your identifier every time you sign in.</source>
        <extracomment>Introduction of the activation screen</extracomment>
        <translation>Choisissez votre mot de passe. Vous l&apos;utiliserez avec votre identifiant à chaque connexion.</translation>
    </message>
    <message>
        <source>Identifier</source>
        <extracomment>Caption of the identifier being activated (ENT: Identifiant)</extracomment>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>New password</source>
        <extracomment>Label of the first password field at activation (ENT: Mot de passe)</extracomment>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <extracomment>Label of the confirmation field at activation (ENT: Confirmation du mot de passe)</extracomment>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <source>The ENT is a school service. Your account is personal: keep your password secret and never use someone else&apos;s account. What you publish must respect others and the school rules. Your data is used only for school purposes.</source>
        <extracomment>Short version of the terms of use shown at activation</extracomment>
        <translation>L&apos;ENT est un service de l&apos;établissement. Votre compte est personnel : gardez votre mot de passe secret et n&apos;utilisez jamais le compte de quelqu&apos;un d&apos;autre. Ce que vous publiez doit respecter les autres et le règlement intérieur. Vos données ne servent qu&apos;à des fins scolaires.</translation>
    </message>
    <message>
        <source>I accept the terms of use</source>
        <extracomment>Required box at activation when the ENT asks for the terms of use (ENT: J&apos;accepte les conditions d&apos;utilisation)</extracomment>
        <translation>J&apos;accepte les conditions d&apos;utilisation</translation>
    </message>
</context>
<context>
    <name>AdminPanelPage</name>
    <message>
        <source>Administration</source>
        <extracomment>Title of the admin panel (French: Administration)</extracomment>
        <translation>Administration</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <extracomment>Heading of the diagnostics report in the admin panel (French: Diagnostic)</extracomment>
        <translation>&amp;Diagnostic</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <extracomment>Same as the heading of the diagnostics report, without the mnemonic</extracomment>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Same as the button text
----------
Leaves the admin panel for the kiosk (French: Retour)</extracomment>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Reload the configuration</source>
        <extracomment>Same as the button text
----------
Reads the configuration again and restarts the kiosk with it (French: Recharger la configuration)</extracomment>
        <translation>Recharger la configuration</translation>
    </message>
    <message>
        <source>Quit</source>
        <extracomment>Same as the button text
----------
Ends the session and closes the kiosk program (French: Quitter)</extracomment>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>AdminPinPage</name>
    <message>
        <source>Administration</source>
        <extracomment>Title of the admin PIN prompt (French: Administration)</extracomment>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Enter the administrator code to see the diagnostics or to leave the kiosk.</source>
        <extracomment>Introduction of the admin PIN prompt</extracomment>
        <translation>Saisissez le code administrateur pour voir le diagnostic ou quitter la borne.</translation>
    </message>
    <message>
        <source>&amp;Administrator code</source>
        <extracomment>Label of the admin PIN field (French: Code administrateur)</extracomment>
        <translation>&amp;Code administrateur</translation>
    </message>
    <message>
        <source>Administrator code</source>
        <extracomment>Same as the label of the admin PIN field, without the mnemonic</extracomment>
        <translation>Code administrateur</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Same as the button text
----------
Leaves the admin PIN prompt (French: Retour)</extracomment>
        <translation>Retour</translation>
    </message>
    <message>
        <source>VALIDATE</source>
        <extracomment>Same as the button text
----------
Checks the admin PIN, in capitals as the ENT buttons (French: VALIDER)</extracomment>
        <translation>VALIDER</translation>
    </message>
</context>
<context>
    <name>AssistancePage</name>
    <message>
        <source>Do you want to contact the help desk?</source>
        <extracomment>Title of the assistance screen (ENT: Vous souhaitez contacter l&apos;assistance ?)</extracomment>
        <translation>Vous souhaitez contacter l&apos;assistance ?</translation>
    </message>
    <message>
        <source>Ask an adult</source>
        <extracomment>Heading on the assistance screen (no ENT text: Demander à un adulte)</extracomment>
        <translation>Demander à un adulte</translation>
    </message>
    <message>
        <source>A teacher or the CPE can generate a renewal code for you. Then choose &quot;I received a code&quot; and type it in.</source>
        <extracomment>On the assistance screen, under &quot;Ask an adult&quot;</extracomment>
        <translation>Un enseignant ou le CPE peut générer un code de renouvellement pour vous. Choisissez ensuite « J&apos;ai reçu un code » et saisissez-le.</translation>
    </message>
    <message>
        <source>I received a code</source>
        <extracomment>Opens the screen where a renewal code is typed (no ENT text: J&apos;ai reçu un code)</extracomment>
        <translation>J&apos;ai reçu un code</translation>
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
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <extracomment>Same as the button text
----------
Opens the lost-password screen from the welcome screen (French: Mot de passe oublié ?)</extracomment>
        <translation>Mot de passe oublié ?</translation>
    </message>
</context>
<context>
    <name>EntMessages</name>
    <message>
        <source>The ENT cannot be reached. Check the network connection or try again in a moment.</source>
        <translation>L&apos;ENT ne répond pas. Vérifiez la connexion au réseau ou réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The ENT did not answer in time. Please try again in a moment.</source>
        <translation>L&apos;ENT n&apos;a pas répondu à temps. Veuillez réessayer dans un instant.</translation>
    </message>
    <message>
        <source>The connection to the ENT is not secure (certificate problem). Please tell the IT staff.</source>
        <translation>La connexion à l&apos;ENT n&apos;est pas sécurisée (problème de certificat). Veuillez prévenir le service informatique.</translation>
    </message>
    <message>
        <source>The ENT sent an answer that the kiosk does not understand. Please try again or tell the IT staff.</source>
        <translation>L&apos;ENT a envoyé une réponse que la borne ne comprend pas. Veuillez réessayer ou prévenir le service informatique.</translation>
    </message>
    <message>
        <source>The ENT has a technical problem. Please try again later.</source>
        <translation>L&apos;ENT rencontre un problème technique. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session has ended. Please sign in again.</source>
        <translation>Vous n&apos;êtes pas connecté ou votre session est terminée. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The identifier or the password is incorrect.</source>
        <translation>L&apos;identifiant ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>For security reasons, your account is temporarily blocked after too many sign-in attempts. Please try again later.</source>
        <translation>Pour des raisons de sécurité, votre compte est bloqué temporairement suite à un trop grand nombre de tentatives de connexion. Veuillez réessayer ultérieurement.</translation>
    </message>
    <message>
        <source>Your school&apos;s administrator has blocked your access to your educational network. Please contact them.</source>
        <translation>L&apos;administrateur de votre établissement a bloqué votre accès à votre réseau éducatif. Veuillez le contacter.</translation>
    </message>
    <message>
        <source>Access to your educational network is temporarily blocked for your user profile.</source>
        <translation>L&apos;accès à votre réseau éducatif est temporairement bloqué pour votre profil d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Your educational network is temporarily unavailable. The team is doing its utmost to fix it as quickly as possible.</source>
        <translation>Votre réseau éducatif est momentanément indisponible, notre équipe fait le maximum pour résoudre ces perturbations le plus rapidement possible.</translation>
    </message>
    <message>
        <source>This sign-in method is not allowed.</source>
        <translation>Mode d&apos;authentification non autorisé.</translation>
    </message>
    <message>
        <source>You typed an activation code: your account is not activated yet. Activate it on the ENT website first.</source>
        <translation>Vous avez saisi un code d&apos;activation : votre compte n&apos;est pas encore activé. Activez-le d&apos;abord sur le site de l&apos;ENT.</translation>
    </message>
    <message>
        <source>You typed a password reset code. Choose your new password.</source>
        <translation>Vous avez saisi un code de réinitialisation. Choisissez votre nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Too many people are connected to the ENT right now. Please try again in a few minutes.</source>
        <translation>Trop de personnes sont connectées à l&apos;ENT en ce moment. Veuillez réessayer dans quelques minutes.</translation>
    </message>
    <message>
        <source>The kiosk is not correctly registered with the ENT. Please tell the IT staff.</source>
        <translation>La borne n&apos;est pas correctement enregistrée auprès de l&apos;ENT. Veuillez prévenir le service informatique.</translation>
    </message>
    <message>
        <source>The ENT refused the request.</source>
        <translation>L&apos;ENT a refusé la demande.</translation>
    </message>
    <message>
        <source>By this kiosk&apos;s clock (%1), the ENT&apos;s certificate is not valid yet: the kiosk&apos;s date or time is wrong. Please tell the IT staff.</source>
        <translation>D&apos;après l&apos;horloge de la borne (%1), le certificat de l&apos;ENT n&apos;est pas encore valide : la date ou l&apos;heure de la borne est fausse. Prévenez le service informatique.</translation>
    </message>
    <message>
        <source>By this kiosk&apos;s clock (%1), the ENT&apos;s certificate has expired: the kiosk&apos;s date or time is probably wrong. Please tell the IT staff.</source>
        <translation>D&apos;après l&apos;horloge de la borne (%1), le certificat de l&apos;ENT a expiré : la date ou l&apos;heure de la borne est sans doute fausse. Prévenez le service informatique.</translation>
    </message>
    <message>
        <source>You must accept the terms of use.</source>
        <translation>Vous devez accepter les conditions d&apos;utilisation.</translation>
    </message>
    <message>
        <source>The identifier is missing.</source>
        <translation>L&apos;identifiant est manquant.</translation>
    </message>
    <message>
        <source>The activation code is missing.</source>
        <translation>Le code d&apos;activation est manquant.</translation>
    </message>
    <message>
        <source>Enter your new password.</source>
        <translation>Saisissez votre nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>The password does not follow the ENT&apos;s rule.</source>
        <translation>Le mot de passe ne respecte pas la règle de l&apos;ENT.</translation>
    </message>
    <message>
        <source>The e-mail address is required.</source>
        <translation>L&apos;adresse e-mail est obligatoire.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid. Check it, for example: prenom.nom@example.fr</source>
        <translation>L&apos;adresse e-mail n&apos;est pas valide. Vérifiez-la, par exemple : prenom.nom@example.fr</translation>
    </message>
    <message>
        <source>The ENT does not accept this e-mail address. Use another one.</source>
        <translation>L&apos;ENT n&apos;accepte pas cette adresse e-mail. Utilisez-en une autre.</translation>
    </message>
    <message>
        <source>The mobile phone number is required.</source>
        <translation>Le numéro de téléphone mobile est obligatoire.</translation>
    </message>
    <message>
        <source>This phone number is not valid. Type a mobile number, for example 06 12 34 56 78.</source>
        <translation>Ce numéro de téléphone n&apos;est pas valide. Saisissez un numéro de mobile, par exemple 06 12 34 56 78.</translation>
    </message>
    <message>
        <source>This number is not a mobile phone number. Type a number that starts with 06 or 07.</source>
        <translation>Ce numéro n&apos;est pas un numéro de mobile. Saisissez un numéro qui commence par 06 ou 07.</translation>
    </message>
    <message>
        <source>Premium-rate numbers are not allowed. Type your mobile phone number.</source>
        <translation>Les numéros surtaxés ne sont pas autorisés. Saisissez votre numéro de mobile.</translation>
    </message>
    <message>
        <source>The activation code is wrong, or the account is already activated. Check your identifier and your code.</source>
        <translation>Le code d&apos;activation est incorrect, ou le compte est déjà activé. Vérifiez votre identifiant et votre code.</translation>
    </message>
    <message>
        <source>Your account looks like a duplicate of another one, which prevents its activation. Please contact your school&apos;s ENT administrator.</source>
        <translation>Votre compte semble être le doublon d&apos;un autre compte, ce qui empêche son activation. Contactez l&apos;administrateur ENT de votre établissement.</translation>
    </message>
    <message>
        <source>The ENT asks for an extra security check before this. Finish it on the ENT website.</source>
        <extracomment>The ENT asks this account (staff with admin functions) for a multi-factor check the kiosk cannot do</extracomment>
        <translation>L&apos;ENT demande une vérification de sécurité supplémentaire avant cela. Terminez-la sur le site de l&apos;ENT.</translation>
    </message>
    <message>
        <source>The ENT did not accept the change: your current password is wrong, or your account is temporarily blocked after too many attempts. Check your current password and try again in a few minutes, or, on the sign-in screen, choose &quot;Need help?&quot; then &quot;Have you lost your password?&quot;.</source>
        <extracomment>The ENT answers the same refusal for a wrong current password and a temporarily blocked account</extracomment>
        <translation>L&apos;ENT n&apos;a pas accepté le changement : votre mot de passe actuel est incorrect, ou votre compte est bloqué temporairement après un trop grand nombre de tentatives. Vérifiez votre mot de passe actuel et réessayez dans quelques minutes, ou, sur l&apos;écran de connexion, choisissez « Besoin d&apos;aide ? » puis « Vous avez perdu votre mot de passe ? ».</translation>
    </message>
</context>
<context>
    <name>EntStatusBanner</name>
    <message>
        <source>Try again</source>
        <extracomment>Same as the button text</extracomment>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>TRY AGAIN</source>
        <extracomment>Button of the &apos;ENT unreachable&apos; banner: try to reach the ENT now (RÉESSAYER)</extracomment>
        <translation>RÉESSAYER</translation>
    </message>
</context>
<context>
    <name>ForcedPasswordPage</name>
    <message>
        <source>Choose a new password</source>
        <extracomment>Heading of the forced password change after sign-in (ENT: Changement de mot de passe obligatoire)</extracomment>
        <translation>Changement de mot de passe obligatoire</translation>
    </message>
    <message>
        <source>Your school asks you to change your password before going on. Once it is changed, sign in again with the new one.</source>
        <extracomment>Why the forced change page is shown</extracomment>
        <translation>Votre établissement vous demande de changer votre mot de passe avant de continuer. Ensuite, reconnectez-vous avec le nouveau.</translation>
    </message>
    <message>
        <source>Current password</source>
        <extracomment>Label of the current password field
----------
Same as the label of the field</extracomment>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <extracomment>Label of the new password field
----------
Same as the label of the field</extracomment>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <extracomment>Label of the field where the new password is typed again
----------
Same as the label of the field</extracomment>
        <translation>Confirmation du nouveau mot de passe</translation>
    </message>
    <message>
        <source>Change my password</source>
        <extracomment>Same as the button text
----------
Sends the forced password change to the ENT</extracomment>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>Sign out</source>
        <extracomment>Same as the button text
----------
Gives up and wipes everything from this terminal (ENT: Se déconnecter)</extracomment>
        <translation>Se déconnecter</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordPage</name>
    <message>
        <source>Have you lost your password?</source>
        <extracomment>Title of the lost-password screen (ENT: Vous avez perdu votre mot de passe ?)</extracomment>
        <translation>Vous avez perdu votre mot de passe ?</translation>
    </message>
    <message>
        <source>Enter your sign-in identifier to receive the instructions to change your password.</source>
        <extracomment>ENT: Entrez votre identifiant de connexion pour recevoir les instructions pour changer votre mot de passe.</extracomment>
        <translation>Entrez votre identifiant de connexion pour recevoir les instructions pour changer votre mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Identifier</source>
        <extracomment>Label of the identifier field (ENT: Identifiant)</extracomment>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>Identifier</source>
        <extracomment>Same as the label of the identifier field, without the mnemonic</extracomment>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Your ENT identifier, in the form firstname.lastname</source>
        <translation>Votre identifiant LEO, de la forme prénom.nom</translation>
    </message>
    <message>
        <source>firstname.lastname</source>
        <extracomment>Placeholder of the identifier field: the form every ENT identifier has (ENT: prénom.nom)</extracomment>
        <translation>prénom.nom</translation>
    </message>
    <message>
        <source>Send it:</source>
        <extracomment>Before the choice between e-mail and SMS for the reset message (ENT: Envoyer un mail / Envoyer un sms)</extracomment>
        <translation>Recevoir le code :</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <extracomment>Same as the button text, without the mnemonic</extracomment>
        <translation>Par e-mail</translation>
    </message>
    <message>
        <source>By &amp;e-mail</source>
        <extracomment>Sends the reset message by e-mail (ENT: Envoyer un mail)</extracomment>
        <translation>Par &amp;e-mail</translation>
    </message>
    <message>
        <source>By SMS</source>
        <extracomment>Same as the button text, without the mnemonic</extracomment>
        <translation>Par SMS</translation>
    </message>
    <message>
        <source>By &amp;SMS</source>
        <extracomment>Sends the reset code by SMS to the pupil&apos;s mobile (ENT: Envoyer un sms)</extracomment>
        <translation>Par &amp;SMS</translation>
    </message>
    <message>
        <source>SEND</source>
        <extracomment>Same as the button text
----------
Sends the reset message, in capitals as on the ENT (ENT: ENVOYER)</extracomment>
        <translation>ENVOYER</translation>
    </message>
    <message>
        <source>I received a code</source>
        <extracomment>Same as the button text
----------
Opens the screen where the received code is typed; the same words as on the help screen (J&apos;ai reçu un code)</extracomment>
        <translation>J&apos;ai reçu un code</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Need help?</source>
        <extracomment>Title of the help screen (ENT: Besoin d&apos;aide ?)</extracomment>
        <translation>Besoin d&apos;aide ?</translation>
    </message>
    <message>
        <source>Just give the following information and we will help you get into your account.</source>
        <extracomment>Introduction of the help screen (ENT: Fournissez simplement les informations suivantes et nous vous aiderons à accéder à votre compte.)</extracomment>
        <translation>Fournissez simplement les informations suivantes et nous vous aiderons à accéder à votre compte.</translation>
    </message>
    <message>
        <source>Have you lost your password?</source>
        <extracomment>Help topic that opens the lost-password screen (ENT: Vous avez perdu votre mot de passe ?)</extracomment>
        <translation>Vous avez perdu votre mot de passe ?</translation>
    </message>
    <message>
        <source>I received a code</source>
        <extracomment>Help topic for a pupil who already has a reset code or the e-mailed link (no ENT text: J&apos;ai reçu un code)</extracomment>
        <translation>J&apos;ai reçu un code</translation>
    </message>
    <message>
        <source>Have you lost your identifier?</source>
        <extracomment>Help topic that opens the lost-identifier screen (ENT: Vous avez perdu votre identifiant ?)</extracomment>
        <translation>Vous avez perdu votre identifiant ?</translation>
    </message>
    <message>
        <source>Still lost?</source>
        <extracomment>Help topic that opens the step-by-step guide (ENT: Vous êtes toujours perdu ?)</extracomment>
        <translation>Vous êtes toujours perdu ?</translation>
    </message>
    <message>
        <source>Do you want to contact the help desk?</source>
        <extracomment>Help topic that opens the school&apos;s contacts (ENT: Vous souhaitez contacter l&apos;assistance ?)</extracomment>
        <translation>Vous souhaitez contacter l&apos;assistance ?</translation>
    </message>
</context>
<context>
    <name>HelpPupilPage</name>
    <message>
        <source>Help a pupil</source>
        <extracomment>Title of the screen where a teacher or the CPE makes a password code for a pupil (ENT: Aider un élève)</extracomment>
        <translation>Aider un élève</translation>
    </message>
    <message>
        <source>Choose one of your classes, then the pupil. Or type the pupil&apos;s identifier.</source>
        <extracomment>&quot;Aider un élève&quot;: what to do on the first step</extracomment>
        <translation>Choisissez une de vos classes, puis l&apos;élève. Ou saisissez l&apos;identifiant de l&apos;élève.</translation>
    </message>
    <message>
        <source>The ENT gives no class for your account here: type the pupil&apos;s identifier.</source>
        <extracomment>&quot;Aider un élève&quot;: when userinfo gives the adult no class ids (an OAuth client, or no class)</extracomment>
        <translation>L&apos;ENT n&apos;indique ici aucune classe pour votre compte : saisissez l&apos;identifiant de l&apos;élève.</translation>
    </message>
    <message>
        <source>Your classes</source>
        <extracomment>&quot;Aider un élève&quot;: the list of the adult&apos;s classes (radio buttons)</extracomment>
        <translation>Vos classes</translation>
    </message>
    <message>
        <source>Pupils of the class</source>
        <extracomment>&quot;Aider un élève&quot;: the pupils of the chosen class (radio buttons)</extracomment>
        <translation>Élèves de la classe</translation>
    </message>
    <message>
        <source>Or the pupil&apos;s identifier</source>
        <extracomment>&quot;Aider un élève&quot;: label of the field where the adult types the pupil&apos;s login (ENT: Identifiant)</extracomment>
        <translation>Ou l&apos;identifiant de l&apos;élève</translation>
    </message>
    <message>
        <source>The code replaces any code the pupil received by e-mail. Nothing is sent to the pupil: you will read the code out.</source>
        <extracomment>&quot;Aider un élève&quot;: under the confirmation</extracomment>
        <translation>Ce code remplace celui que l&apos;élève aurait reçu par e-mail. Rien n&apos;est envoyé à l&apos;élève : vous lui lirez le code.</translation>
    </message>
    <message>
        <source>Valid once, for a limited time (one hour on an ENT with its default settings). It replaces any code the pupil received by e-mail.</source>
        <extracomment>&quot;Aider un élève&quot;: the code&apos;s validity (ENT Core: reset-code-expire-delay, 1 h by default)</extracomment>
        <translation>Valable une seule fois, pendant une durée limitée (une heure avec les réglages par défaut de l&apos;ENT). Il remplace tout code reçu par e-mail.</translation>
    </message>
    <message>
        <source>Let the pupil type it now.</source>
        <extracomment>&quot;Aider un élève&quot;: the instruction under the code (ENT wording: Laissez l&apos;élève le saisir maintenant)</extracomment>
        <translation>Laissez l&apos;élève le saisir maintenant.</translation>
    </message>
    <message>
        <source>Handing over signs you out of the kiosk; the pupil then types the code and chooses a new password.</source>
        <extracomment>&quot;Aider un élève&quot;: under the code, what the hand-over does</extracomment>
        <translation>Passer la main vous déconnecte de la borne ; l&apos;élève saisit alors le code et choisit un nouveau mot de passe.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <extracomment>Heading of the full-screen idle warning (Vous êtes toujours là ?)</extracomment>
        <translation>Vous êtes toujours là ?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <extracomment>Same as the button text
----------
The big button that keeps the session (Je suis encore là)</extracomment>
        <translation>Je suis encore là</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::AccountPage</name>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>M&apos;envoyer un code</translation>
    </message>
    <message>
        <source>Saving…</source>
        <extracomment>The change-password button while the ENT is saving the new password</extracomment>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Your password has been changed. Use the new one from now on.</source>
        <extracomment>After a successful password change on the account screen</extracomment>
        <translation>Votre mot de passe a été modifié. Utilisez désormais le nouveau.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>Account screen, while the ENT is asked for the personal e-mail address</extracomment>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>You have no personal e-mail address yet.</source>
        <extracomment>Account screen: the account has no personal e-mail address</extracomment>
        <translation>Vous n&apos;avez pas encore d&apos;adresse de messagerie personnelle.</translation>
    </message>
    <message>
        <source>Current address: %1</source>
        <extracomment>Account screen; %1 is the current personal e-mail address, masked (a…s@exemple.fr)</extracomment>
        <translation>Adresse actuelle : %1</translation>
    </message>
    <message>
        <source>Waiting for confirmation: a code was sent to %1.</source>
        <extracomment>State of the e-mail address change; %1 is the new address waiting for its code, masked (a…s@exemple.fr)</extracomment>
        <translation>En attente de validation : un code a été envoyé à %1.</translation>
    </message>
    <message>
        <source>This address is confirmed.</source>
        <extracomment>State of the personal e-mail address: proven by a code
----------
State of the personal e-mail address: never proven by a code</extracomment>
        <translation>Cette adresse est vérifiée.</translation>
    </message>
    <message>
        <source>The code is no longer valid: too many wrong tries. Ask for a new code.</source>
        <extracomment>State of the e-mail address change: five wrong codes; a new code must be asked for</extracomment>
        <translation>Le code n&apos;est plus valable : trop d&apos;essais erronés. Demandez un nouveau code.</translation>
    </message>
    <message>
        <source>The code is no longer valid: it has expired. Ask for a new code.</source>
        <extracomment>State of the e-mail address change: the code expired; a new code must be asked for</extracomment>
        <translation>Le code n&apos;est plus valable : il a expiré. Demandez un nouveau code.</translation>
    </message>
    <message>
        <source>This address is not confirmed yet.</source>
        <translation>Cette adresse n&apos;est pas encore vérifiée.</translation>
    </message>
    <message>
        <source>Time left: %1.</source>
        <extracomment>Under the e-mail code field; %1 is minutes:seconds left, e.g. 9:05</extracomment>
        <translation>Temps restant : %1.</translation>
    </message>
    <message>
        <source>The code has expired: ask for a new one.</source>
        <extracomment>Under the e-mail code field, once the code&apos;s time is up</extracomment>
        <translation>Le code a expiré : demandez-en un nouveau.</translation>
    </message>
    <message>
        <source>Tries left: %1.</source>
        <extracomment>Under the e-mail code field: how many wrong codes may still be typed</extracomment>
        <translation>Essais restants : %1.</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <extracomment>The send-code button while the ENT is sending the e-mail</extracomment>
        <translation>Veuillez patienter…</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <extracomment>The typed e-mail address is not one</extracomment>
        <translation>Ceci ne ressemble pas à une adresse de messagerie.</translation>
    </message>
    <message>
        <source>Your new address is confirmed and saved.</source>
        <extracomment>After the right code: the new personal e-mail address is saved</extracomment>
        <translation>Votre nouvelle adresse est vérifiée et enregistrée.</translation>
    </message>
    <message>
        <source>This code is not right. Check it and try again.</source>
        <extracomment>After a wrong e-mail code</extracomment>
        <translation>Ce code n&apos;est pas le bon. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>Your other devices and the phone app are signed out.</source>
        <extracomment>After signing out everywhere: this terminal stays signed in until Sign out</extracomment>
        <translation>Vos autres appareils et l&apos;application de votre téléphone sont déconnectés.</translation>
    </message>
    <message>
        <source>Your password has been reset. Add a personal e-mail address now: next time you will be able to get a new password on your own. You can also do it later (Back).</source>
        <extracomment>Mon compte, just after signing in with a new password, for an account without a verified personal e-mail (the ENT guide&apos;s advice). &quot;Back&quot; skips it</extracomment>
        <translation>Votre mot de passe a été réinitialisé. Ajoutez maintenant une adresse e-mail personnelle : la prochaine fois, vous pourrez obtenir un nouveau mot de passe seul. Vous pouvez aussi le faire plus tard (Retour).</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::ActivationPage</name>
    <message>
        <source>Your account is activated. Sign in with your new password.</source>
        <extracomment>On the sign-in screen, with the identifier filled in, once the ENT activated the account</extracomment>
        <translation>Votre compte est activé. Connectez-vous avec votre nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Activating…</source>
        <extracomment>The activation button while the ENT is activating the account</extracomment>
        <translation>Activation…</translation>
    </message>
    <message>
        <source>ACTIVATE MY ACCOUNT</source>
        <translation>ACTIVER MON COMPTE</translation>
    </message>
    <message>
        <source>The kiosk could not read your account on the ENT, so it cannot activate it here without losing your e-mail address and mobile number. Activate your account on the ENT website.</source>
        <translation>La borne n&apos;a pas pu lire votre compte sur l&apos;ENT : elle ne peut pas l&apos;activer ici sans effacer votre adresse e-mail et votre numéro de mobile. Activez votre compte sur le site de l&apos;ENT.</translation>
    </message>
    <message>
        <source>The e-mail address is required.</source>
        <translation>L&apos;adresse e-mail est obligatoire.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid. Check it, for example: prenom.nom@example.fr</source>
        <translation>L&apos;adresse e-mail n&apos;est pas valide. Vérifiez-la, par exemple : prenom.nom@example.fr</translation>
    </message>
    <message>
        <source>The mobile phone number is required.</source>
        <translation>Le numéro de téléphone mobile est obligatoire.</translation>
    </message>
    <message>
        <source>Personal e-mail address</source>
        <translation>Adresse e-mail personnelle</translation>
    </message>
    <message>
        <source>Personal e-mail address (optional)</source>
        <translation>Adresse e-mail personnelle (facultatif)</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>Numéro de téléphone mobile</translation>
    </message>
    <message>
        <source>Mobile phone number (optional)</source>
        <translation>Numéro de téléphone mobile (facultatif)</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::AdminPanelPage</name>
    <message>
        <source>The configuration was not reloaded:</source>
        <extracomment>Before the list of refused configuration values (each names its key, in English)</extracomment>
        <translation>La configuration n&apos;a pas été rechargée :</translation>
    </message>
    <message>
        <source>The kiosk could not be started again with the new configuration.</source>
        <translation>La borne n&apos;a pas pu être relancée avec la nouvelle configuration.</translation>
    </message>
    <message>
        <source>Running the diagnostics…</source>
        <translation>Diagnostic en cours…</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::AdminPinPage</name>
    <message>
        <source>VALIDATE</source>
        <translation>VALIDER</translation>
    </message>
    <message>
        <source>Enter the administrator code.</source>
        <translation>Saisissez le code administrateur.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong code. %n tries left before the prompt is locked.</source>
        <extracomment>The admin PIN was wrong; %n tries remain before the prompt locks itself</extracomment>
        <translation>
            <numerusform>Code incorrect. Encore %n essai avant le verrouillage.</numerusform>
            <numerusform>Code incorrect. Encore %n essais avant le verrouillage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong codes: the prompt is locked for %n more minute(s).</source>
        <extracomment>After too many wrong admin PINs; %n is the number of minutes, rounded up</extracomment>
        <translation>
            <numerusform>Trop de codes incorrects : la saisie est bloquée encore %n minute.</numerusform>
            <numerusform>Trop de codes incorrects : la saisie est bloquée encore %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No administrator code is configured on this kiosk.</source>
        <translation>Aucun code administrateur n&apos;est configuré sur cette borne.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>The validate button while the admin PIN is being checked</extracomment>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::AssistancePage</name>
    <message>
        <source>Ask at the school office (vie scolaire): they will tell you who manages the ENT accounts.</source>
        <extracomment>On the assistance screen when the kiosk has no contacts configured</extracomment>
        <translation>Renseignez-vous à la vie scolaire : on vous dira qui gère les comptes de l&apos;ENT.</translation>
    </message>
    <message>
        <source>Where:</source>
        <extracomment>Caption before a support contact&apos;s room or building</extracomment>
        <translation>Où :</translation>
    </message>
    <message>
        <source>When:</source>
        <extracomment>Caption before a support contact&apos;s opening hours</extracomment>
        <translation>Quand :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <extracomment>Caption before a support contact&apos;s phone number</extracomment>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <extracomment>Caption before a support contact&apos;s e-mail address</extracomment>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Scan this code with your phone to write to %1</source>
        <extracomment>Next to the QR code; %1 is the e-mail address it opens</extracomment>
        <translation>Scannez ce code avec votre téléphone pour écrire à %1</translation>
    </message>
    <message>
        <source>Scan this code with your phone to open the online help: %1</source>
        <extracomment>Next to the QR code; %1 is the address of the online help page</extracomment>
        <translation>Scannez ce code avec votre téléphone pour ouvrir l&apos;aide en ligne : %1</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::EasyReadTexts</name>
    <message>
        <source>Type your identifier: firstname.lastname.</source>
        <extracomment>Easy-read (FALC) sentence, a step on the lost-password and received-code screens: type the identifier (ENT: prénom.nom). Short, one idea.</extracomment>
        <translation>Écrivez votre identifiant : prénom.nom.</translation>
    </message>
    <message>
        <source>Press SEND.</source>
        <extracomment>Easy-read (FALC) sentence, a step on the lost-password and lost-identifier screens: press the ENT&apos;s SEND button (in capitals, the button&apos;s own word).</extracomment>
        <translation>Appuyez sur ENVOYER.</translation>
    </message>
    <message>
        <source>You get a code by e-mail or by SMS.</source>
        <extracomment>Easy-read (FALC) sentence, lost-password screen, step 3: a code comes by e-mail or by text message.</extracomment>
        <translation>Vous recevez un code par e-mail ou par SMS.</translation>
    </message>
    <message>
        <source>The code arrives in a few minutes.</source>
        <extracomment>Easy-read (FALC) sentence, lost-password screen, step 4: the message can take a few minutes.</extracomment>
        <translation>Le code arrive en quelques minutes.</translation>
    </message>
    <message>
        <source>Then press &quot;I received a code&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, a step on the lost-password and assistance screens: then press the button &quot;I received a code&quot; (same words as that button).</extracomment>
        <translation>Ensuite, appuyez sur « J&apos;ai reçu un code ».</translation>
    </message>
    <message>
        <source>Type the code of the message: 8 letters and digits.</source>
        <extracomment>Easy-read (FALC) sentence, received-code screen, step 2: type the 8-character code of the message, digits written as digits.</extracomment>
        <translation>Écrivez le code du message : 8 lettres et chiffres.</translation>
    </message>
    <message>
        <source>Press CHECK THE CODE.</source>
        <extracomment>Easy-read (FALC) sentence, received-code screen, step 3: press the button CHECK THE CODE (in capitals, the button&apos;s own words).</extracomment>
        <translation>Appuyez sur VÉRIFIER LE CODE.</translation>
    </message>
    <message>
        <source>Then you choose a new password.</source>
        <extracomment>Easy-read (FALC) sentence, received-code screen, step 4: after the code, the pupil chooses a new password.</extracomment>
        <translation>Ensuite, vous choisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The code does not work? Press &quot;Request a new code&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, received-code screen, step 5: if the code does not work, press &quot;Request a new code&quot; (same words as that button).</extracomment>
        <translation>Le code ne marche pas ? Appuyez sur « Demander un nouveau code ».</translation>
    </message>
    <message>
        <source>Make up a new password.</source>
        <extracomment>Easy-read (FALC) sentence, a step on the new-password, activation and forced password change screens: make up a new password.</extracomment>
        <translation>Inventez un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Every line of the list must have a tick.</source>
        <extracomment>Easy-read (FALC) sentence, a step on the new-password, activation and forced password change screens: the list under the password field must have a tick on every line.</extracomment>
        <translation>Chaque ligne de la liste doit avoir une coche.</translation>
    </message>
    <message>
        <source>Type the same password a 2nd time.</source>
        <extracomment>Easy-read (FALC) sentence, a step on the new-password, activation and forced password change screens: type the same password again in the second field (&quot;2nd&quot; in digits, FALC).</extracomment>
        <translation>Écrivez le même mot de passe une 2e fois.</translation>
    </message>
    <message>
        <source>Press RESET.</source>
        <extracomment>Easy-read (FALC) sentence, new-password screen, step 4: press the button RESET (in capitals, the button&apos;s own word).</extracomment>
        <translation>Appuyez sur RÉINITIALISER.</translation>
    </message>
    <message>
        <source>Then you sign in with your new password.</source>
        <extracomment>Easy-read (FALC) sentence, new-password screen, step 5: afterwards the pupil signs in with the new password.</extracomment>
        <translation>Ensuite, vous vous connectez avec votre nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <extracomment>Easy-read (FALC) sentence, forced password change screen, step 1: type the password used until now.</extracomment>
        <translation>Écrivez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>Press &quot;Change my password&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, forced password change screen, step 5: press the button &quot;Change my password&quot; (same words as that button).</extracomment>
        <translation>Appuyez sur « Changer mon mot de passe ».</translation>
    </message>
    <message>
        <source>Your e-mail address helps you if you forget your password.</source>
        <extracomment>Easy-read (FALC) sentence, activation screen, step 4: why to give a personal e-mail address.</extracomment>
        <translation>Votre adresse e-mail vous aide si vous oubliez votre mot de passe.</translation>
    </message>
    <message>
        <source>Press ACTIVATE MY ACCOUNT.</source>
        <extracomment>Easy-read (FALC) sentence, activation screen, step 5: press the button ACTIVATE MY ACCOUNT (in capitals, the button&apos;s own words).</extracomment>
        <translation>Appuyez sur ACTIVER MON COMPTE.</translation>
    </message>
    <message>
        <source>Choose the button for your problem.</source>
        <extracomment>Easy-read (FALC) sentence, help screen, step 1: choose the button that matches the problem.</extracomment>
        <translation>Choisissez le bouton de votre problème.</translation>
    </message>
    <message>
        <source>You forgot your password: press &quot;Have you lost your password?&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, help screen, step 2: forgotten password → the button &quot;Have you lost your password?&quot; (same words as that button).</extracomment>
        <translation>Vous avez oublié votre mot de passe : appuyez sur « Vous avez perdu votre mot de passe ? ».</translation>
    </message>
    <message>
        <source>You have a code: press &quot;I received a code&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, help screen, step 3: a code in hand → the button &quot;I received a code&quot; (same words as that button).</extracomment>
        <translation>Vous avez un code : appuyez sur « J&apos;ai reçu un code ».</translation>
    </message>
    <message>
        <source>You forgot your identifier: press &quot;Have you lost your identifier?&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, help screen, step 4: forgotten identifier → the button &quot;Have you lost your identifier?&quot; (same words as that button).</extracomment>
        <translation>Vous avez oublié votre identifiant : appuyez sur « Vous avez perdu votre identifiant ? ».</translation>
    </message>
    <message>
        <source>You want help from a person: press &quot;Do you want to contact the help desk?&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, help screen, step 5: to talk to a person → the button &quot;Do you want to contact the help desk?&quot; (same words as that button).</extracomment>
        <translation>Vous voulez l&apos;aide d&apos;une personne : appuyez sur « Vous souhaitez contacter l&apos;assistance ? ».</translation>
    </message>
    <message>
        <source>Type your personal e-mail address.</source>
        <extracomment>Easy-read (FALC) sentence, lost-identifier screen, step 1: type the personal e-mail address.</extracomment>
        <translation>Écrivez votre adresse e-mail personnelle.</translation>
    </message>
    <message>
        <source>Sometimes the screen asks for your first name and your school.</source>
        <extracomment>Easy-read (FALC) sentence, lost-identifier screen, step 3: when several accounts share the address, the screen asks for the first name and the school (ENT: établissement).</extracomment>
        <translation>Parfois, l&apos;écran demande votre prénom et votre établissement.</translation>
    </message>
    <message>
        <source>The ENT sends your identifier to this address.</source>
        <extracomment>Easy-read (FALC) sentence, lost-identifier screen, step 4: the ENT sends the identifier to that address.</extracomment>
        <translation>L&apos;ENT envoie votre identifiant à cette adresse.</translation>
    </message>
    <message>
        <source>Look in your e-mails and in your spam.</source>
        <extracomment>Easy-read (FALC) sentence, lost-identifier screen, step 5: look in the e-mails and in the spam folder.</extracomment>
        <translation>Regardez dans vos e-mails et dans vos spams.</translation>
    </message>
    <message>
        <source>You need your identifier: firstname.lastname.</source>
        <extracomment>Easy-read (FALC) sentence, step-by-step guide screen, step 1: what the pupil needs first, the identifier (ENT: prénom.nom).</extracomment>
        <translation>Il vous faut votre identifiant : prénom.nom.</translation>
    </message>
    <message>
        <source>You need your personal e-mail address.</source>
        <extracomment>Easy-read (FALC) sentence, step-by-step guide screen, step 2: the pupil also needs the personal e-mail address saved in the account.</extracomment>
        <translation>Il vous faut votre adresse e-mail personnelle.</translation>
    </message>
    <message>
        <source>Ask for a code with &quot;Have you lost your password?&quot;.</source>
        <extracomment>Easy-read (FALC) sentence, step-by-step guide screen, step 3: ask for a code with the button &quot;Have you lost your password?&quot; (same words as that button).</extracomment>
        <translation>Demandez un code avec « Vous avez perdu votre mot de passe ? ».</translation>
    </message>
    <message>
        <source>With the code, you choose a new password.</source>
        <extracomment>Easy-read (FALC) sentence, step-by-step guide screen, step 4: with the code, choose a new password.</extracomment>
        <translation>Avec le code, vous choisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Never give your password to anyone.</source>
        <extracomment>Easy-read (FALC) sentence, step-by-step guide screen, step 5: keep the password secret.</extracomment>
        <translation>Ne donnez votre mot de passe à personne.</translation>
    </message>
    <message>
        <source>An adult of your school can help you.</source>
        <extracomment>Easy-read (FALC) sentence, assistance screen, step 1: an adult of the school can help.</extracomment>
        <translation>Un adulte de votre établissement peut vous aider.</translation>
    </message>
    <message>
        <source>The adult gives you a code.</source>
        <extracomment>Easy-read (FALC) sentence, assistance screen, step 3: the adult gives the pupil a code (a renewal code).</extracomment>
        <translation>L&apos;adulte vous donne un code.</translation>
    </message>
    <message>
        <source>Easy to read</source>
        <extracomment>The easy-read switch on every help screen and the new-password screen: a toggle button that shows the steps in short sentences with pictures (FALC: Facile à lire)</extracomment>
        <translation>Facile à lire</translation>
    </message>
    <message>
        <source>Shows the steps in short sentences, with pictures.</source>
        <extracomment>What the easy-read switch does, told to a screen reader (FALC: Facile à lire)</extracomment>
        <translation>Montre les étapes en phrases courtes, avec des images.</translation>
    </message>
    <message>
        <source>Easy-to-read steps</source>
        <extracomment>Accessible name of the list of easy-read steps shown under the switch</extracomment>
        <translation>Étapes faciles à lire</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>An easy-read step: %1 is its number (1 to 5), %2 its sentence. Keep the number first in the reading order.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Ask a teacher or the school office.</source>
        <extracomment>Easy-read (FALC) sentence, assistance screen, step 2: ask a teacher or the school office (FR: la vie scolaire).</extracomment>
        <translation>Demandez à un professeur ou à la vie scolaire.</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::EntStatusBanner</name>
    <message>
        <source>The ENT is not answering at the moment. The help screens and the guide still work.</source>
        <extracomment>Banner while the ENT does not answer; the help screens need no server</extracomment>
        <translation>L&apos;ENT ne répond pas pour le moment. Les écrans d&apos;aide et le guide restent disponibles.</translation>
    </message>
    <message numerus="yes">
        <source>New attempt in %n second(s).</source>
        <extracomment>Second sentence of the &apos;ENT unreachable&apos; banner; %n is a number of seconds</extracomment>
        <translation>
            <numerusform>Nouvel essai dans %n seconde.</numerusform>
            <numerusform>Nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again…</source>
        <extracomment>Second sentence of the &apos;ENT unreachable&apos; banner while the kiosk is trying again</extracomment>
        <translation>Nouvel essai en cours…</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::FederatedNotice</name>
    <message>
        <source>Notice for pupils who sign in with EduConnect</source>
        <extracomment>Accessible name of the school&apos;s notice for pupils who sign in with EduConnect, under the sign-in form</extracomment>
        <translation>Information pour les élèves qui se connectent avec ÉduConnect</translation>
    </message>
    <message>
        <source>Scan this code with your phone, or go to %1</source>
        <extracomment>Under the QR code of the EduConnect notice; %1 is the address the code holds</extracomment>
        <translation>Scannez ce code avec votre téléphone, ou allez sur %1</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::ForcedPasswordPage</name>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>Your new password is saved. Sign in again with it.</source>
        <extracomment>On the sign-in screen after the forced password change</extracomment>
        <translation>Votre nouveau mot de passe est enregistré. Reconnectez-vous avec celui-ci.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <extracomment>The forced change button while the ENT is saving the new password</extracomment>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::ForgotPasswordPage</name>
    <message>
        <source>SEND</source>
        <translation>ENVOYER</translation>
    </message>
    <message>
        <source>Enter your identifier.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
    <message>
        <source>If a phone number is linked to this account, a code has been sent to the mobile phone number you gave.</source>
        <extracomment>Shown after a code was asked by SMS, whatever the ENT answered (ENT: auth.notify.password.forgotten.sms)</extracomment>
        <translation>Si un numéro de téléphone est associé à ce compte, un code vous a été envoyé sur le numéro de téléphone mobile que vous avez renseigné.</translation>
    </message>
    <message>
        <source>If an e-mail address is linked to this account, a message with a link to renew your password has been sent to it. Remember to check your spam folder.</source>
        <extracomment>Shown after a message was asked by e-mail, whatever the ENT answered (ENT: auth.notify.password.forgotten)</extracomment>
        <translation>Si une adresse email est associée à ce compte, un message contenant un lien de renouvellement de mot de passe vous a été envoyé. Pensez à vérifier vos spams.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <extracomment>The send button while the ENT is being asked</extracomment>
        <translation>Envoi en cours…</translation>
    </message>
    <message numerus="yes">
        <source>You can send a new code in %n s</source>
        <extracomment>Under the disabled send button, counting down each second; &quot;s&quot; is the symbol for seconds</extracomment>
        <translation>
            <numerusform>Vous pourrez renvoyer un code dans %n s</numerusform>
            <numerusform>Vous pourrez renvoyer un code dans %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::HelpPupilPage</name>
    <message>
        <source>The ENT refuses to show this class&apos;s list: it is not one of your classes. Type the pupil&apos;s identifier instead.</source>
        <extracomment>&quot;Aider un élève&quot;: the ENT refused the class list (401: not a class of this adult&apos;s)</extracomment>
        <translation>L&apos;ENT refuse d&apos;afficher la liste de cette classe : ce n&apos;est pas une de vos classes. Saisissez plutôt l&apos;identifiant de l&apos;élève.</translation>
    </message>
    <message>
        <source>%1 — account not activated yet: use the activation code</source>
        <extracomment>&quot;Aider un élève&quot;: a pupil in the class list whose account is not activated yet; %1 is the name</extracomment>
        <translation>%1 — compte pas encore activé : utiliser le code d&apos;activation</translation>
    </message>
    <message>
        <source>%1 — account blocked: see the ENT administrator</source>
        <extracomment>&quot;Aider un élève&quot;: a pupil in the class list whose account is blocked; %1 is the name</extracomment>
        <translation>%1 — compte bloqué : voir l&apos;administrateur de l&apos;ENT</translation>
    </message>
    <message>
        <source>The ENT refused: you can only make a code for a pupil of one of your classes (or, as the school&apos;s administrator, of your school). Check the identifier.</source>
        <extracomment>&quot;Aider un élève&quot;: the ENT refused to make the code (401). ENT Core allows the teachers and staff of the pupil&apos;s class and the school&apos;s local administrator</extracomment>
        <translation>L&apos;ENT a refusé : vous ne pouvez créer un code que pour un élève d&apos;une de vos classes (ou, administrateur local, de votre établissement). Vérifiez l&apos;identifiant.</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>&quot;Aider un élève&quot; screen, the adult&apos;s button on the signed-in screen and its title (ENT wording)</extracomment>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Make the code</source>
        <extracomment>&quot;Aider un élève&quot;: confirms and asks the ENT for the pupil&apos;s code</extracomment>
        <translation>Créer le code</translation>
    </message>
    <message>
        <source>Choose another pupil</source>
        <extracomment>&quot;Aider un élève&quot;: back from the confirmation to the choice of the pupil</extracomment>
        <translation>Choisir un autre élève</translation>
    </message>
    <message>
        <source>Hand over to the pupil</source>
        <extracomment>&quot;Aider un élève&quot;: signs the adult out and opens &quot;J&apos;ai reçu un code&quot; for the pupil</extracomment>
        <translation>Passer la main à l&apos;élève</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>&quot;Aider un élève&quot;: back to the signed-in screen</extracomment>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Make a new password code for the account %1?</source>
        <extracomment>&quot;Aider un élève&quot; confirmation, when the identifier was typed; %1 is the identifier</extracomment>
        <translation>Créer un code de nouveau mot de passe pour le compte %1 ?</translation>
    </message>
    <message>
        <source>Make a new password code for %1 (identifier %2)?</source>
        <extracomment>&quot;Aider un élève&quot; confirmation; %1 is the pupil&apos;s name and class, %2 the identifier</extracomment>
        <translation>Créer un code de nouveau mot de passe pour %1 (identifiant %2) ?</translation>
    </message>
    <message>
        <source>Code for %1</source>
        <extracomment>&quot;Aider un élève&quot;: what the large code is, for a screen reader; %1 is the pupil&apos;s identifier</extracomment>
        <translation>Code pour %1</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::HomeButton</name>
    <message>
        <source>BACK TO THE HOME SCREEN</source>
        <extracomment>Back to the sign-in screen from a help screen, in capitals as on the ENT (ENT: RETOUR À L&apos;ÉCRAN D&apos;ACCUEIL)</extracomment>
        <translation>RETOUR À L&apos;ÉCRAN D&apos;ACCUEIL</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::IdleOverlay</name>
    <message numerus="yes">
        <source>You will be signed out in %n second(s).</source>
        <extracomment>Under &quot;Are you still there?&quot;; %n is the number of seconds before the automatic sign-out</extracomment>
        <translation>
            <numerusform>Vous serez déconnecté dans %n seconde.</numerusform>
            <numerusform>Vous serez déconnecté dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Countdown before the automatic sign-out</source>
        <extracomment>What a screen reader is told the &quot;You will be signed out in…&quot; line is</extracomment>
        <translation>Compte à rebours avant la déconnexion automatique</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::LanguageSwitch</name>
    <message>
        <source>Language</source>
        <extracomment>Accessible name of the group of language buttons</extracomment>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::LoginPage</name>
    <message>
        <source>SIGN IN</source>
        <translation>CONNEXION</translation>
    </message>
    <message>
        <source>Enter your identifier.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>La touche Verr. Maj est activée.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <extracomment>The sign-in button while the ENT is being asked</extracomment>
        <translation>Connexion en cours…</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::LostIdentifierPage</name>
    <message>
        <source>Enter your personal e-mail address.</source>
        <extracomment>Shown when ENVOYER is pressed with no e-mail address on the lost-identifier screen</extracomment>
        <translation>Saisissez votre adresse e-mail personnelle.</translation>
    </message>
    <message>
        <source>Enter your first name.</source>
        <extracomment>Shown when the first name is missing after the ENT asked for it</extracomment>
        <translation>Saisissez votre prénom.</translation>
    </message>
    <message>
        <source>If this e-mail address is valid, a message with your identifier has been sent to it. Remember to check your spam folder.</source>
        <extracomment>Shown after an identifier was asked, whatever the ENT answered (ENT: auth.notify.login.forgotten)</extracomment>
        <translation>Si cette adresse email est valide, un message contenant votre identifiant vous a été envoyé. Pensez à vérifier vos spams.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <extracomment>The send button while the ENT is being asked</extracomment>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>SEND</source>
        <translation>ENVOYER</translation>
    </message>
    <message>
        <source>Choose your school.</source>
        <extracomment>Shown when no school is chosen after the ENT asked for one (ENT: Veuillez choisir votre établissement)</extracomment>
        <translation>Choisissez votre établissement.</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::MainWindow</name>
    <message>
        <source>Your session on the ENT has ended. Sign in again to go on.</source>
        <extracomment>On the sign-in screen when the ENT has ended the session (expired, or ended elsewhere)</extracomment>
        <translation>Votre session sur l&apos;ENT a pris fin. Reconnectez-vous pour continuer.</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::MessageLabel</name>
    <message>
        <source>Error</source>
        <extracomment>Said by a screen reader before an error message, as in &quot;Error: the identifier or the password is wrong&quot;</extracomment>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Said by a screen reader before a warning, as in &quot;Warning: Caps Lock is on&quot;</extracomment>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>Said by a screen reader before the outcome of a help request, as in &quot;Result: if this address is valid…&quot;</extracomment>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Information</source>
        <extracomment>Said by a screen reader before an information message, as in &quot;Information: your password is saved&quot;</extracomment>
        <translation>Information</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>How a screen reader hears a message: %1 is its kind (Error, Result…), %2 the sentence</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::NewPasswordPage</name>
    <message>
        <source>RESET</source>
        <translation>RÉINITIALISER</translation>
    </message>
    <message>
        <source>Your new password is saved. You can sign in.</source>
        <extracomment>On the sign-in screen, with the identifier filled in, once the ENT took the new password</extracomment>
        <translation>Votre nouveau mot de passe est enregistré. Vous pouvez vous connecter.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <extracomment>The reset button while the ENT is saving the new password</extracomment>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::PageScrollArea</name>
    <message>
        <source>More below</source>
        <extracomment>Shown at the bottom of a screen taller than the display while there is more to read below; a tap scrolls down</extracomment>
        <translation>Suite plus bas</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::PasswordChecklist</name>
    <message>
        <source>Your new password must meet every rule:</source>
        <extracomment>Above the list of rules a new password must meet, each line marked as met or not met</extracomment>
        <translation>Votre nouveau mot de passe doit respecter chaque règle :</translation>
    </message>
    <message>
        <source>✓ %1 — met</source>
        <extracomment>A rule the new password meets; %1 is the rule, such as &quot;At least 8 characters&quot;</extracomment>
        <translation>✓ %1 — respecté</translation>
    </message>
    <message>
        <source>✗ %1 — not met</source>
        <extracomment>A rule the new password does not meet yet; %1 is the rule, such as &quot;At least 8 characters&quot;</extracomment>
        <translation>✗ %1 — non respecté</translation>
    </message>
    <message>
        <source>Rule met: %1</source>
        <extracomment>How a screen reader hears a rule the new password meets; %1 is the rule</extracomment>
        <translation>Règle respectée : %1</translation>
    </message>
    <message>
        <source>Rule not met: %1</source>
        <extracomment>How a screen reader hears a rule the new password does not meet; %1 is the rule</extracomment>
        <translation>Règle non respectée : %1</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::PasswordField</name>
    <message>
        <source>Hide the password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Hide the text of “%1”</source>
        <extracomment>Accessible name of the button that hides the field&apos;s text again; %1 is the field&apos;s label, such as &quot;New password&quot;</extracomment>
        <translation>Masquer le texte de « %1 »</translation>
    </message>
    <message>
        <source>Show the text of “%1”</source>
        <translation>Afficher le texte de « %1 »</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::QrCodeWidget</name>
    <message>
        <source>QR code</source>
        <extracomment>Accessible name of a QR code picture</extracomment>
        <translation>QR code</translation>
    </message>
    <message>
        <source>QR code of the address %1</source>
        <extracomment>Accessible description of a QR code picture; %1 is the address it holds</extracomment>
        <translation>QR code de l&apos;adresse %1</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::ReadAloudButton</name>
    <message>
        <source>Stop</source>
        <extracomment>Header button while the screen is being read aloud: pressing it stops the voice</extracomment>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Listen</source>
        <extracomment>Header button on every screen: reads the screen&apos;s title, instructions and message aloud</extracomment>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <extracomment>What the header&apos;s « Écouter » button does, for a screen reader</extracomment>
        <translation>Lire la page à voix haute</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::ResetCodePage</name>
    <message>
        <source>CHECK THE CODE</source>
        <translation>VÉRIFIER LE CODE</translation>
    </message>
    <message>
        <source>Enter your identifier.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
    <message>
        <source>Enter the code you received.</source>
        <translation>Saisissez le code reçu.</translation>
    </message>
    <message>
        <source>This is not a reset code. The code has 8 characters (letters and digits); you can also type the whole link from the e-mail.</source>
        <extracomment>The typed code is neither 8 characters of the ENT&apos;s alphabet nor a reset link</extracomment>
        <translation>Ce n&apos;est pas un code de réinitialisation. Le code compte 8 caractères (lettres et chiffres) ; vous pouvez aussi taper le lien complet de l&apos;e-mail.</translation>
    </message>
    <message>
        <source>This code is not valid or has expired. Check it, or request a new code.</source>
        <extracomment>The ENT does not know this code for this identifier (wrong, expired or already used)</extracomment>
        <translation>Ce code n&apos;est pas valable ou a expiré. Vérifiez-le, ou demandez un nouveau code.</translation>
    </message>
    <message>
        <source>Too many tries: this code can no longer be used. Request a new code.</source>
        <extracomment>After five wrong codes for one identifier; the ENT no longer accepts the code either</extracomment>
        <translation>Trop d&apos;essais : ce code n&apos;est plus utilisable. Demandez un nouveau code.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>The check button while the ENT is being asked</extracomment>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::SignedInPage</name>
    <message>
        <source>Student</source>
        <extracomment>Account type ELEVE (ENT: Élève)</extracomment>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Teacher</source>
        <extracomment>Account type ENSEIGNANT (ENT: Enseignant)</extracomment>
        <translation>Enseignant</translation>
    </message>
    <message>
        <source>School staff</source>
        <extracomment>Account type PERSEDUCNAT: staff of the school who are not teachers (ENT: Personnel de l&apos;établissement)</extracomment>
        <translation>Personnel de l&apos;établissement</translation>
    </message>
    <message>
        <source>Parent</source>
        <extracomment>Account type PERSRELELEVE: a pupil&apos;s parent or guardian (ENT: Parent)</extracomment>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Hello %1</source>
        <extracomment>Heading of the signed-in screen; %1 is the user&apos;s name (ENT: Bonjour %1)</extracomment>
        <translation>Bonjour %1</translation>
    </message>
    <message>
        <source>Greeting</source>
        <extracomment>What a screen reader is told the signed-in screen&apos;s &quot;Hello …&quot; heading is</extracomment>
        <translation>Message d&apos;accueil</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::StillLostPage</name>
    <message>
        <source>1. What you need</source>
        <extracomment>Guide heading, &quot;Still lost?&quot; screen</extracomment>
        <translation>1. Ce qu&apos;il vous faut</translation>
    </message>
    <message>
        <source>Your identifier, usually firstname.lastname.</source>
        <extracomment>Guide step, &quot;Still lost?&quot; screen</extracomment>
        <translation>Votre identifiant, en général prénom.nom.</translation>
    </message>
    <message>
        <source>A personal e-mail address saved in your account (My account). Without it, no message can reach you: ask an adult at school.</source>
        <extracomment>Guide step, &quot;Still lost?&quot; screen; &quot;My account&quot; is the ENT&apos;s Mon compte</extracomment>
        <translation>Une adresse e-mail personnelle enregistrée dans votre compte (Mon compte). Sans elle, aucun message ne peut vous parvenir : demandez à un adulte de l&apos;établissement.</translation>
    </message>
    <message>
        <source>2. Ask for a code</source>
        <extracomment>Guide heading, &quot;Still lost?&quot; screen</extracomment>
        <translation>2. Demander un code</translation>
    </message>
    <message>
        <source>On the sign-in screen, choose &quot;Need help?&quot;, then &quot;Have you lost your password?&quot;.</source>
        <extracomment>Guide step; the quoted words are the labels of the help screens</extracomment>
        <translation>Sur l&apos;écran de connexion, choisissez « Besoin d&apos;aide ? », puis « Vous avez perdu votre mot de passe ? ».</translation>
    </message>
    <message>
        <source>Type your identifier and press SEND. A message with a code arrives at your personal e-mail address within a few minutes. Check your spam folder.</source>
        <extracomment>Guide step</extracomment>
        <translation>Saisissez votre identifiant et appuyez sur ENVOYER. Un message contenant un code arrive sur votre adresse e-mail personnelle en quelques minutes. Vérifiez vos spams.</translation>
    </message>
    <message>
        <source>Choose &quot;I received a code&quot;, type your identifier and the code, then choose your new password.</source>
        <extracomment>Guide step; the quoted words are the label of the help screen button</extracomment>
        <translation>Choisissez « J&apos;ai reçu un code », saisissez votre identifiant et le code, puis choisissez votre nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Lost your identifier too? Choose &quot;Have you lost your identifier?&quot; and give your personal e-mail address.</source>
        <extracomment>Guide step</extracomment>
        <translation>Identifiant perdu aussi ? Choisissez « Vous avez perdu votre identifiant ? » et indiquez votre adresse e-mail personnelle.</translation>
    </message>
    <message>
        <source>3. Choose a good password</source>
        <extracomment>Guide heading, &quot;Still lost?&quot; screen</extracomment>
        <translation>3. Choisir un bon mot de passe</translation>
    </message>
    <message>
        <source>Follow the rule shown under the password field: every line must be ticked.</source>
        <extracomment>Guide step; the rule itself is shown live when the password is typed</extracomment>
        <translation>Respectez la règle affichée sous le champ du mot de passe : chaque ligne doit être cochée.</translation>
    </message>
    <message>
        <source>Use a long sentence that only you know rather than a word, a name or a date of birth.</source>
        <extracomment>Guide step</extracomment>
        <translation>Préférez une longue phrase que vous seul connaissez à un mot, un nom ou une date de naissance.</translation>
    </message>
    <message>
        <source>4. Stay safe</source>
        <extracomment>Guide heading, &quot;Still lost?&quot; screen</extracomment>
        <translation>4. Rester en sécurité</translation>
    </message>
    <message>
        <source>Change your password from time to time.</source>
        <extracomment>Security advice</extracomment>
        <translation>Changez votre mot de passe de temps en temps.</translation>
    </message>
    <message>
        <source>Keep it secret: never give it to anyone, not even a friend.</source>
        <extracomment>Security advice</extracomment>
        <translation>Gardez-le secret : ne le donnez à personne, même pas à un ami.</translation>
    </message>
    <message>
        <source>Save a safe personal e-mail address in My account, one that only you can read.</source>
        <extracomment>Security advice</extracomment>
        <translation>Enregistrez dans Mon compte une adresse e-mail personnelle sûre, que vous seul pouvez lire.</translation>
    </message>
    <message>
        <source>On a shared computer, always sign out and never tick &quot;Remember me&quot;.</source>
        <extracomment>Security advice; &quot;Remember me&quot; is the ENT&apos;s « Se souvenir de moi »</extracomment>
        <translation>Sur un ordinateur partagé, déconnectez-vous toujours et ne cochez jamais « Se souvenir de moi ».</translation>
    </message>
    <message>
        <source>5. Online help</source>
        <extracomment>Guide heading, &quot;Still lost?&quot; screen, above the address of the online help</extracomment>
        <translation>5. Aide en ligne</translation>
    </message>
    <message>
        <source>Scan this code with your phone to open the online help: %1</source>
        <extracomment>Next to the QR code; %1 is the address of the online help page</extracomment>
        <translation>Scannez ce code avec votre téléphone pour ouvrir l&apos;aide en ligne : %1</translation>
    </message>
</context>
<context>
    <name>LeoKiosk::Gui::TermsPage</name>
    <message>
        <source>The full terms of use of your ENT can be read on %1, under &quot;Terms of use&quot;. By accepting, you agree to use the ENT according to them.</source>
        <extracomment>Body of the terms page; %1 is the ENT&apos;s address, where the full terms can be read</extracomment>
        <translation>Les conditions complètes d&apos;utilisation de votre ENT sont consultables sur %1, rubrique « Conditions générales d&apos;utilisation ». En acceptant, vous vous engagez à utiliser l&apos;ENT en les respectant.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Sign in</source>
        <extracomment>Title of the sign-in screen (ENT: Connexion)</extracomment>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Identifier</source>
        <extracomment>Label of the login field (ENT: Identifiant)</extracomment>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>Identifier</source>
        <extracomment>Same as the label of the login field, without the mnemonic</extracomment>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Your ENT identifier, in the form firstname.lastname</source>
        <translation>Votre identifiant LEO, de la forme prénom.nom</translation>
    </message>
    <message>
        <source>firstname.lastname</source>
        <extracomment>Placeholder of the login field: the form every ENT identifier has (ENT: prénom.nom)</extracomment>
        <translation>prénom.nom</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <extracomment>Label of the password field (ENT: Mot de passe)</extracomment>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <extracomment>Same as the label of the password field, without the mnemonic</extracomment>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Remember me</source>
        <extracomment>Same as the check box text, without the mnemonic</extracomment>
        <translation>Se souvenir de moi</translation>
    </message>
    <message>
        <source>&amp;Remember me</source>
        <extracomment>Keeps the identifier on this computer (ENT: Se souvenir de moi)</extracomment>
        <translation>Se &amp;souvenir de moi</translation>
    </message>
    <message>
        <source>Need help?</source>
        <extracomment>Same as the button text, without the mnemonic</extracomment>
        <translation>Besoin d&apos;aide ?</translation>
    </message>
    <message>
        <source>&amp;Need help?</source>
        <extracomment>Link to the help screens for a lost password or identifier (ENT: Besoin d&apos;aide ?)</extracomment>
        <translation>&amp;Besoin d&apos;aide ?</translation>
    </message>
    <message>
        <source>SIGN IN</source>
        <extracomment>Same as the button text
----------
The sign-in button, in capitals as on the ENT (ENT: CONNEXION)</extracomment>
        <translation>CONNEXION</translation>
    </message>
</context>
<context>
    <name>LostIdentifierPage</name>
    <message>
        <source>Have you lost your identifier?</source>
        <extracomment>Title of the lost-identifier screen (ENT: Vous avez perdu votre identifiant ?)</extracomment>
        <translation>Vous avez perdu votre identifiant ?</translation>
    </message>
    <message>
        <source>Enter the personal e-mail address saved in your account: we will send your identifier to it.</source>
        <extracomment>Introduction of the lost-identifier screen</extracomment>
        <translation>Saisissez l&apos;adresse e-mail personnelle enregistrée dans votre compte : nous vous y enverrons votre identifiant.</translation>
    </message>
    <message>
        <source>Personal e-mail address</source>
        <extracomment>Label of the e-mail field of the lost-identifier screen (ENT: Adresse email)</extracomment>
        <translation>Adresse e-mail personnelle</translation>
    </message>
    <message>
        <source>Please enter your first name:</source>
        <extracomment>Asked when several accounts share the e-mail address (ENT: Veuillez entrer votre prénom :)</extracomment>
        <translation>Veuillez entrer votre prénom :</translation>
    </message>
    <message>
        <source>Please choose your school:</source>
        <extracomment>Asked when several accounts share the e-mail address (ENT: Veuillez choisir votre établissement :)</extracomment>
        <translation>Veuillez choisir votre établissement :</translation>
    </message>
    <message>
        <source>How is my identifier made?</source>
        <extracomment>Button that shows or hides the explanation of identifiers (ENT: Comment est construit mon identifiant ?)</extracomment>
        <translation>Comment est construit mon identifiant ?</translation>
    </message>
    <message>
        <source>Your identifier is usually your first name and your last name separated by a dot, in lower case and without accents: élodie.dupré becomes elodie.dupre. Compound names keep their hyphen (jean-marc.durand), and double last names are joined with a hyphen (lea.martin-lopez). When two people have the same name, a digit follows the second one (paul.petit1).</source>
        <extracomment>Explanation of how ENT identifiers are built, shown under its button</extracomment>
        <translation>Votre identifiant est en général votre prénom et votre nom séparés par un point, en minuscules et sans accents : élodie.dupré devient elodie.dupre. Les prénoms composés gardent leur trait d&apos;union (jean-marc.durand) et les noms doubles sont reliés par un trait d&apos;union (lea.martin-lopez). Si deux personnes portent le même nom, un chiffre suit le second (paul.petit1).</translation>
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
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Identifier</source>
        <extracomment>Caption of the identifier whose password is being reset (ENT: Identifiant)</extracomment>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <extracomment>Label of the new password field (ENT: Nouveau mot de passe)</extracomment>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Confirm the new password</source>
        <extracomment>Label of the field where the new password is typed again (ENT: Confirmation du nouveau mot de passe)</extracomment>
        <translation>&amp;Confirmation du nouveau mot de passe</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <extracomment>Same as the label of the confirmation field, without the mnemonic</extracomment>
        <translation>Confirmation du nouveau mot de passe</translation>
    </message>
    <message>
        <source>RESET</source>
        <extracomment>Same as the button text
----------
Saves the new password, in capitals as on the ENT (ENT: RÉINITIALISER)</extracomment>
        <translation>RÉINITIALISER</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Au moins %n caractère</numerusform>
            <numerusform>Au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>At least one letter</source>
        <translation>Au moins une lettre</translation>
    </message>
    <message>
        <source>At least one digit</source>
        <translation>Au moins un chiffre</translation>
    </message>
    <message>
        <source>Meets the ENT&apos;s password rule</source>
        <translation>Respecte la règle de mot de passe de l&apos;ENT</translation>
    </message>
    <message>
        <source>The two entries are identical</source>
        <translation>Les deux saisies sont identiques</translation>
    </message>
</context>
<context>
    <name>ResetCodePage</name>
    <message>
        <source>I received a code</source>
        <extracomment>Title of the screen where a reset code is typed (J&apos;ai reçu un code)</extracomment>
        <translation>J&apos;ai reçu un code</translation>
    </message>
    <message>
        <source>Enter your identifier and the code you received. You can also type the whole link from the e-mail.</source>
        <extracomment>Explains the reset code screen</extracomment>
        <translation>Saisissez votre identifiant et le code reçu. Vous pouvez aussi taper le lien complet de l&apos;e-mail.</translation>
    </message>
    <message>
        <source>&amp;Identifier</source>
        <extracomment>Label of the identifier field (ENT: Identifiant)</extracomment>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>Identifier</source>
        <extracomment>Same as the label of the identifier field, without the mnemonic</extracomment>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Your ENT identifier, in the form firstname.lastname</source>
        <translation>Votre identifiant LEO, de la forme prénom.nom</translation>
    </message>
    <message>
        <source>firstname.lastname</source>
        <extracomment>Placeholder of the identifier field: the form every ENT identifier has (ENT: prénom.nom)</extracomment>
        <translation>prénom.nom</translation>
    </message>
    <message>
        <source>&amp;Code received by e-mail, or the whole link</source>
        <extracomment>Label of the reset code field: the 8-character code, or the whole link of the e-mail (Code reçu par e-mail, ou le lien complet)</extracomment>
        <translation>&amp;Code reçu par e-mail, ou le lien complet</translation>
    </message>
    <message>
        <source>Code received by e-mail, or the whole link</source>
        <extracomment>Same as the label of the code field, without the mnemonic</extracomment>
        <translation>Code reçu par e-mail, ou le lien complet</translation>
    </message>
    <message>
        <source>8 letters and digits; capitals, spaces and dashes do not matter</source>
        <translation>8 lettres et chiffres ; majuscules, espaces et tirets ne comptent pas</translation>
    </message>
    <message>
        <source>CHECK THE CODE</source>
        <extracomment>Same as the button text
----------
Checks the reset code with the ENT, in capitals like the ENT&apos;s buttons (VÉRIFIER LE CODE)</extracomment>
        <translation>VÉRIFIER LE CODE</translation>
    </message>
    <message>
        <source>Request a new code</source>
        <extracomment>Same as the button text
----------
Opens the lost-password screen to have a new code sent (Demander un nouveau code)</extracomment>
        <translation>Demander un nouveau code</translation>
    </message>
</context>
<context>
    <name>SignedInPage</name>
    <message>
        <source>Profile</source>
        <extracomment>What kind of ENT account this is: pupil, teacher, parent… (ENT: Profil)</extracomment>
        <translation>Profil</translation>
    </message>
    <message>
        <source>School</source>
        <extracomment>The school (lycée) of the account (ENT: Établissement)</extracomment>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>The class the pupil is in, e.g. 2nde 3 (ENT: Classe)</extracomment>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Sign out</source>
        <extracomment>Same as the button text, without the mnemonic</extracomment>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <extracomment>Ends the session and wipes everything from this terminal (ENT: Se déconnecter)</extracomment>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>My account</source>
        <extracomment>Same as the button text, without the mnemonic</extracomment>
        <translation>Mon compte</translation>
    </message>
    <message>
        <source>&amp;My account</source>
        <extracomment>Opens the account screen: password, personal e-mail address, other devices (ENT: Mon compte)</extracomment>
        <translation>&amp;Mon compte</translation>
    </message>
    <message>
        <source>Help a pupil</source>
        <extracomment>Same as the button text
----------
For a teacher or the school staff only, beside My account: makes a password code for a pupil of their class (ENT: Aider un élève)</extracomment>
        <translation>Aider un élève</translation>
    </message>
</context>
<context>
    <name>StillLostPage</name>
    <message>
        <source>Still lost?</source>
        <extracomment>Title of the step-by-step guide screen (ENT: Vous êtes toujours perdu ?)</extracomment>
        <translation>Vous êtes toujours perdu ?</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Terms of use</source>
        <extracomment>Heading of the terms page after sign-in (ENT: Conditions générales d&apos;utilisation)
----------
Same as the heading</extracomment>
        <translation>Conditions générales d&apos;utilisation</translation>
    </message>
    <message>
        <source>The terms of use of your ENT have changed. Read them, then accept them to go on. If you refuse, you are signed out.</source>
        <extracomment>Why the terms page is shown</extracomment>
        <translation>Les conditions d&apos;utilisation de votre ENT ont changé. Lisez-les puis acceptez-les pour continuer. Si vous refusez, vous serez déconnecté.</translation>
    </message>
    <message>
        <source>I accept</source>
        <extracomment>Same as the button text
----------
Accepts the terms of use and goes on (ENT: J&apos;accepte)</extracomment>
        <translation>J&apos;accepte</translation>
    </message>
    <message>
        <source>I refuse and sign out</source>
        <extracomment>Same as the button text
----------
Refuses the terms: signs out and wipes everything</extracomment>
        <translation>Je refuse et me déconnecte</translation>
    </message>
</context>
</TS>
