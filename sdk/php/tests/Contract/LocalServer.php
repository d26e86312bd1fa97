<?php

declare(strict_types=1);

namespace Score360\Tests\Contract;

/** A `php -S` server on 127.0.0.1 running one of this folder's routers, with a scratch folder. */
final class LocalServer
{
    public readonly string $url;
    public readonly string $dir;
    /** @var resource */
    private $process;

    /** @param array<string, string> $env */
    public function __construct(string $router, array $env = [])
    {
        $this->dir = sys_get_temp_dir() . '/score360-php-' . bin2hex(random_bytes(6));
        mkdir($this->dir);
        $probe = stream_socket_server('tcp://127.0.0.1:0');
        $address = stream_socket_get_name($probe, false);
        fclose($probe);
        $this->url = "http://{$address}";
        $env = $env + ['SCORE360_RECEIVER_DIR' => $this->dir, 'SCORE360_PROXY_DIR' => $this->dir] + getenv();
        $this->process = proc_open(
            [PHP_BINARY, '-S', $address, __DIR__ . '/' . $router],
            [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']],
            $pipes,
            null,
            $env,
        );
        for ($i = 0; $i < 100; $i++) {
            $socket = @fsockopen('127.0.0.1', (int) substr($address, strrpos($address, ':') + 1));
            if ($socket !== false) {
                fclose($socket);
                return;
            }
            usleep(50_000);
        }
        throw new \RuntimeException("php -S {$address} did not start");
    }

    /** @return list<string> the scratch folder's files matching $pattern */
    public function files(string $pattern): array
    {
        return glob($this->dir . '/' . $pattern) ?: [];
    }

    public function stop(): void
    {
        proc_terminate($this->process);
        proc_close($this->process);
        array_map('unlink', glob($this->dir . '/*') ?: []);
        rmdir($this->dir);
    }
}
