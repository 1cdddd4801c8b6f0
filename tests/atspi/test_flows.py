#!/usr/bin/python3
"""A screen-reader user's journeys through the real kiosk, by AT-SPI roles and accessible names only (in the shipped
French), against the reference ENT server and a real SMTP sink. One journey per run:

    test_flows.py signin | lost-password | lost-identifier | activation | account

Each run starts and stops its own X server, buses, SMTP sink, ENT server and kiosk (kioskstack.KioskStack).
"""
import re
import sys

from kioskstack import (Account, Atspi, Failure, KioskStack, action, character_count, check, describe, find_all,
                        focus, name_of, name_problems, poll, press, run, states, type_into, wait_for, wait_gone, walk)

R = Atspi.Role
S = Atspi.StateType

PASSWORD = "Plage2024+soleil"
NEW_PASSWORD = "Retrouve2026+"
REFUSED = "L'identifiant ou le mot de passe est incorrect."
SAVED = "Votre nouveau mot de passe est enregistré. Vous pouvez vous connecter."
HELP = "Besoin d'aide ?"
HOME = "RETOUR À L'ÉCRAN D'ACCUEIL"
RECEIVED_CODE = "J'ai reçu un code"


def adele():
    return Account("adele.adams", "Adele", "Adams", email="adele.adams@example.org", password=PASSWORD)


def names_are_unique(app, screen):
    problems = name_problems(app)
    check(not problems, f"on {screen}: " + "; ".join(problems))


def message(app, role, pattern, timeout=15):
    """A message shown by role and a name that says what it is, e.g. an alert named "Erreur : …"."""
    return wait_for(app, role, pattern=pattern, timeout=timeout)


def text_fields_are_empty(app, everywhere=False):
    """After a wipe, no field on the screen tells anything, not even a length; `everywhere`: no field of any screen
    built so far, shown or not."""
    fields = 0
    for node in walk(app, only_showing=not everywhere):
        if node.get_role() in (R.TEXT, R.ENTRY, R.PASSWORD_TEXT):
            fields += 1
            check(character_count(node) == 0, f"{name_of(node)!r} still holds {character_count(node)} characters")
    check(fields >= 2, f"only {fields} text fields found")
    return fields


def sign_in(app, login, password, greeting):
    type_into(app, "Identifiant", login, R.TEXT)
    type_into(app, "Mot de passe", password, R.PASSWORD_TEXT)
    press(app, "CONNEXION")
    return wait_for(app, R.LABEL, greeting)


def sign_out(app):
    press(app, "Se déconnecter")
    wait_for(app, R.PUSH_BUTTON, "CONNEXION")
    text_fields_are_empty(app)


def checklist_met(app, rules=4):
    """Every line of the password checklist says it is met, in words (role label, name "Règle respectée : …")."""
    poll(lambda: len(find_all(app, R.LABEL, pattern=r"^Règle respectée : ")) == rules
         and not find_all(app, R.LABEL, pattern=r"^Règle non respectée : "), 10, "every rule met")


def signin():
    with KioskStack([adele()]) as stack:
        app = stack.app
        names_are_unique(app, "the login screen")
        # The language choice: one of two, said as such.
        french = wait_for(app, R.RADIO_BUTTON, "Français")
        check(states(french).contains(S.CHECKED), "Français is not the checked language")
        check(not states(wait_for(app, R.RADIO_BUTTON, "English")).contains(S.CHECKED), "English checked")

        # A wrong password: an alert that says it is an error, and the password field wiped.
        type_into(app, "Identifiant", "adele.adams", R.TEXT)
        type_into(app, "Mot de passe", "pas-le-bon", R.PASSWORD_TEXT)
        press(app, "CONNEXION")
        message(app, R.ALERT, "^Erreur : " + re.escape(REFUSED) + "$")
        password = wait_for(app, R.PASSWORD_TEXT, "Mot de passe")
        poll(lambda: character_count(password) == 0, 5, "the refused password wiped")

        greeting = sign_in(app, "adele.adams", PASSWORD, "Bonjour Adele Adams")
        check(greeting.get_description(), "the greeting does not say what it is")
        names_are_unique(app, "the signed-in screen")
        sign_out(app)
        wait_gone(app, R.ALERT, "Erreur : " + REFUSED)
        check(stack.alive(), "the kiosk died")


def lost_password():
    with KioskStack([adele()]) as stack:
        app = stack.app
        press(app, HELP)
        names_are_unique(app, "Besoin d'aide ?")
        press(app, "Vous avez perdu votre mot de passe ?")
        names_are_unique(app, "Vous avez perdu votre mot de passe ?")
        before = len(stack.mails())
        type_into(app, "Identifiant", "adele.adams", R.TEXT)
        press(app, "ENVOYER")
        message(app, R.LABEL, r"^Résultat : .*")
        mail = stack.wait_for_mail("adele.adams@example.org", before)
        code = re.search(r"\b([a-z0-9]{4}-?[a-z0-9]{4})\b", mail.split("code", 1)[-1], re.I)
        check(code, "no code in the mail:\n" + mail)
        # The same action has the same name here as on the help screen.
        press(app, RECEIVED_CODE)
        names_are_unique(app, RECEIVED_CODE)
        type_into(app, "Identifiant", "adele.adams", R.TEXT)
        type_into(app, "Code reçu par e-mail, ou le lien complet", code.group(1))
        press(app, "VÉRIFIER LE CODE")

        type_into(app, "Nouveau mot de passe", NEW_PASSWORD, R.PASSWORD_TEXT)
        type_into(app, "Confirmation du nouveau mot de passe", NEW_PASSWORD, R.PASSWORD_TEXT)
        checklist_met(app)
        names_are_unique(app, "the new password screen")
        press(app, "RÉINITIALISER")
        message(app, R.LABEL, "^Information : " + re.escape(SAVED) + "$")
        type_into(app, "Mot de passe", NEW_PASSWORD, R.PASSWORD_TEXT)
        press(app, "CONNEXION")
        # Her address was never verified: after a reset, Mon compte offers to add one (the ENT guide's advice); Retour
        # skips it.
        message(app, R.LABEL, r"^Information : Votre mot de passe a été réinitialisé\. Ajoutez maintenant ")
        names_are_unique(app, "Mon compte offering a recovery address")
        press(app, "Retour")
        wait_for(app, R.LABEL, "Bonjour Adele Adams")
        sign_out(app)


def lost_identifier():
    family = "famille.martin@example.org"
    accounts = [Account("lea.martin", "Lea", "Martin", school="Lycée Condorcet", email=family, password="Lea-2024x"),
                Account("lea.martin1", "Lea", "Martin", school="Lycée Jules Verne", email=family,
                        password="Lea-2025x")]
    with KioskStack(accounts) as stack:
        app = stack.app
        press(app, HELP)
        press(app, "Vous avez perdu votre identifiant ?")
        before = len(stack.mails())
        type_into(app, "Adresse e-mail personnelle", family, R.TEXT)
        press(app, "ENVOYER")
        # Two accounts: the first name and the school are asked. The schools are radio buttons named by the school,
        # in a group named by the question, none chosen: one to pick.
        group = wait_for(app, R.PANEL, "Veuillez choisir votre établissement :")
        condorcet = wait_for(app, R.RADIO_BUTTON, "Lycée Condorcet")
        jules_verne = wait_for(app, R.RADIO_BUTTON, "Lycée Jules Verne")
        schools = [group.get_child_at_index(i) for i in range(group.get_child_count())]
        check([name_of(s) for s in schools if s.get_role() == R.RADIO_BUTTON] == ["Lycée Condorcet",
                                                                                   "Lycée Jules Verne"],
              "the group does not hold the two schools: " + ", ".join(describe(s) for s in schools))
        check(not any(states(s).contains(S.CHECKED) for s in (condorcet, jules_verne)), "a school chosen for her")
        names_are_unique(app, "the lost identifier screen with its schools")
        type_into(app, "Veuillez entrer votre prénom :", "lea", R.TEXT)
        # ENVOYER without a school: the kiosk asks for one (an alert), and nothing is sent yet.
        press(app, "ENVOYER")
        message(app, R.ALERT, "^Erreur : Choisissez votre établissement\\.$")
        # A radio button's action chooses it; the other is left.
        focus(jules_verne)
        action(jules_verne, "Toggle")
        poll(lambda: states(jules_verne).contains(S.CHECKED), 5, "Lycée Jules Verne checked")
        check(not states(condorcet).contains(S.CHECKED), "two schools checked")
        # Toggling the chosen school again does not leave her without one (the choice is exclusive).
        action(jules_verne, "Toggle")
        check(states(jules_verne).contains(S.CHECKED), "the chosen school unchosen")
        press(app, "ENVOYER")
        message(app, R.LABEL, r"^Résultat : Si cette adresse email est valide")
        mail = stack.wait_for_mail(family, before)
        check("lea.martin1" in mail and not re.search(r"\blea\.martin\b", mail), "the wrong identifier:\n" + mail)
        press(app, HOME)
        wait_for(app, R.PUSH_BUTTON, "CONNEXION")
        text_fields_are_empty(app)


def activation():
    pupil = Account("ines.moreau", "Ines", "Moreau")
    with KioskStack([pupil], activation=["ines.moreau"]) as stack:
        app = stack.app
        code = stack.activation_codes["ines.moreau"]
        check(re.fullmatch(r"[a-z0-9]{4}-[a-z0-9]{4}", code), f"activation code {code!r}")
        type_into(app, "Identifiant", "ines.moreau", R.TEXT)
        type_into(app, "Mot de passe", code, R.PASSWORD_TEXT)
        press(app, "CONNEXION")
        wait_for(app, R.LABEL, "Activation de votre compte")
        type_into(app, "Nouveau mot de passe", NEW_PASSWORD, R.PASSWORD_TEXT)
        type_into(app, "Confirmation du mot de passe", NEW_PASSWORD, R.PASSWORD_TEXT)
        checklist_met(app)
        terms = find_all(app, R.CHECK_BOX, "J'accepte les conditions d'utilisation")
        if terms:
            action(terms[0], "Toggle")
            poll(lambda: states(terms[0]).contains(S.CHECKED), 5, "the terms accepted")
        names_are_unique(app, "the activation screen")
        press(app, "ACTIVER MON COMPTE")
        wait_for(app, R.LABEL, "Bonjour Ines Moreau")
        sign_out(app)


def account():
    with KioskStack([adele()]) as stack:
        app = stack.app
        sign_in(app, "adele.adams", PASSWORD, "Bonjour Adele Adams")
        press(app, "Mon compte")
        names_are_unique(app, "Mon compte")
        check(not find_all(app, R.LABEL, "Changer mon mot de passe"),
              "« Changer mon mot de passe » is both a heading and a button")
        type_into(app, "Mot de passe actuel", PASSWORD, R.PASSWORD_TEXT)
        type_into(app, "Nouveau mot de passe", NEW_PASSWORD, R.PASSWORD_TEXT)
        type_into(app, "Confirmation du nouveau mot de passe", NEW_PASSWORD, R.PASSWORD_TEXT)
        checklist_met(app)
        press(app, "Changer mon mot de passe")
        message(app, R.LABEL, r"^Information : .*mot de passe")

        # The recovery address, proved by the code mailed to it.
        before = len(stack.mails())
        type_into(app, "Nouvelle adresse de messagerie", "adele.perso@example.org", R.TEXT)
        press(app, "M'envoyer un code")
        mail = stack.wait_for_mail("adele.perso@example.org", before)
        code = re.search(r"\b(\d{6}|[A-Za-z0-9]{8})\b", mail.split("code", 1)[-1])
        check(code, "no code in the mail:\n" + mail)
        names_are_unique(app, "Mon compte with the mail code asked")
        type_into(app, "Code reçu par e-mail", code.group(1), R.TEXT)
        press(app, "Valider le code")
        message(app, R.LABEL, r"^Information : .*adresse")
        # Signing out everywhere asks first: the question's buttons are named apart from the rest.
        press(app, "Se déconnecter de tous mes appareils")
        wait_for(app, R.PUSH_BUTTON, "Oui, me déconnecter partout")
        names_are_unique(app, "Mon compte with the sign-out-everywhere question")
        press(app, "Annuler")
        wait_gone(app, R.PUSH_BUTTON, "Oui, me déconnecter partout")

        # A pupil leaves things typed in Mon compte: the logout wipes them, and every field of every screen built
        # (Mon compte's and the login's, shown or not) reads empty to a screen reader.
        type_into(app, "Mot de passe actuel", "oublie-moi", R.PASSWORD_TEXT)
        type_into(app, "Nouvelle adresse de messagerie", "autre@example.org", R.TEXT)
        sign_out(app)
        check(text_fields_are_empty(app, everywhere=True) >= 7, "Mon compte's fields are not in the tree")
        # The new password is the one that works now.
        sign_in(app, "adele.adams", NEW_PASSWORD, "Bonjour Adele Adams")
        sign_out(app)


FLOWS = {"signin": signin, "lost-password": lost_password, "lost-identifier": lost_identifier,
         "activation": activation, "account": account}

if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in FLOWS:
        sys.exit(f"usage: {sys.argv[0]} {'|'.join(FLOWS)}")
    run(FLOWS[sys.argv[1]])
