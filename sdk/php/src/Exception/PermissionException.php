<?php

declare(strict_types=1);

namespace Score360\Exception;

/** 403: the key or token lacks the scope, or the environment forbids it. */
class PermissionException extends Score360Exception
{
}
