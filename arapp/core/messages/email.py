"""E-mail through the owner's own mail server (SMTP): the settings, the message with the
letter's PDF attached, and sending it. No Qt, no database.

The password is kept in the shop file with the other settings (the owner's own file on
the owner's own computer, like the business details); it is never printed, logged or put
into an error message, and :class:`SmtpSettings` leaves it out of its ``repr``.
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from arapp.core.contact import is_email
from arapp.core.errors import InvalidField, UserError

#: How the connection is protected: STARTTLS on a plain port (587), TLS from the start
#: (465), or none (a local relay only).
SECURITY = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
TIMEOUT_SECONDS = 20.0


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    host: str = ""
    port: int = 587
    security: str = "starttls"
    user: str = ""
    password: str = field(default="", repr=False)
    from_address: str = ""
    timeout: float = TIMEOUT_SECONDS

    @property
    def configured(self) -> bool:
        return bool(self.host and self.from_address)


def check_smtp(settings: SmtpSettings) -> SmtpSettings:
    """``settings`` with surrounding spaces removed, or an ``InvalidField`` naming the
    field that is wrong."""
    host = settings.host.strip()
    sender = settings.from_address.strip()
    if not host or any(c.isspace() for c in host):
        raise InvalidField("{field}: enter the mail server's name", input_field="host",
                           field="Mail server")
    if not 1 <= settings.port <= 65535:
        raise InvalidField("{field} must be from 1 to 65535", input_field="port",
                           field="Port")
    if settings.security not in SECURITY:
        raise InvalidField("Unknown connection security “{security}”",
                           input_field="security", security=settings.security)
    if not is_email(sender):
        raise InvalidField("{field}: “{value}” is not an e-mail address",
                           input_field="from_address", field="Sender address", value=sender)
    return SmtpSettings(host, settings.port, settings.security, settings.user.strip(),
                        settings.password, sender, settings.timeout)


class MailNotSent(UserError):
    """The mail server could not be reached or refused the message; nothing was sent."""


def build_email(
    sender: str, to: str, subject: str, body: str, pdf: bytes, filename: str
) -> EmailMessage:
    if not is_email(to):
        raise UserError("“{address}” is not an e-mail address", address=to)
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid()
    message.set_content(body)
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=filename)
    return message


def send(settings: SmtpSettings, message: EmailMessage) -> None:
    """Hand ``message`` to the owner's mail server; a :class:`MailNotSent` saying why
    when it cannot be reached, the login fails or it refuses the message."""
    settings = check_smtp(settings)
    try:
        if settings.security == "ssl":
            context = ssl.create_default_context()
            with smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout,
                                  context=context) as server:
                _login_and_send(server, settings, message)
        else:
            with smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout) as server:
                if settings.security == "starttls":
                    server.starttls(context=ssl.create_default_context())
                _login_and_send(server, settings, message)
    except smtplib.SMTPAuthenticationError:
        raise MailNotSent(
            "The mail server refused the user name or password; check the e-mail "
            "settings"
        ) from None
    except smtplib.SMTPRecipientsRefused:
        raise MailNotSent(
            "The mail server refused the address “{address}”", address=message["To"]
        ) from None
    except smtplib.SMTPResponseException as exc:
        raise MailNotSent(
            "The mail server refused the message ({code}); nothing was sent",
            code=exc.smtp_code,
        ) from None
    except (smtplib.SMTPException, ssl.SSLError) as exc:
        raise MailNotSent(
            "The mail server did not accept the message; nothing was sent ({reason})",
            reason=type(exc).__name__,
        ) from None
    except OSError:  # TimeoutError, refused connections, unknown host names
        raise MailNotSent(
            "Cannot reach the mail server {host}:{port}; check the e-mail settings and "
            "the connection",
            host=settings.host, port=settings.port,
        ) from None


def _login_and_send(server: smtplib.SMTP, settings: SmtpSettings, message: EmailMessage) -> None:
    if settings.user:
        server.login(settings.user, settings.password)
    server.send_message(message)
