<?php

declare(strict_types=1);

namespace Score360\Exception;

/** A webhook that must not be trusted: bad signature, stale timestamp, missing headers. */
class WebhookVerificationException extends Score360Exception
{
}
