<?php

declare(strict_types=1);

namespace Score360\Exception;

/** No answer within the client's timeout. */
class TimeoutException extends ApiConnectionException
{
}
