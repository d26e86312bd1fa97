<?php

// Router for `php -S`: forwards to SCORE360_UPSTREAM; the first POST to SCORE360_LOSE reaches it
// but its answer is replaced by a 502 (a gateway dying after the server did the work). Every
// forwarded request is logged in SCORE360_PROXY_DIR/seen.jsonl.
$dir = getenv('SCORE360_PROXY_DIR');
$upstream = getenv('SCORE360_UPSTREAM');
$method = $_SERVER['REQUEST_METHOD'];
$path = $_SERVER['REQUEST_URI'];
$headers = [];
foreach (getallheaders() as $name => $value) {
    if (!in_array(strtolower($name), ['host', 'connection', 'content-length'], true)) {
        $headers[] = "{$name}: {$value}";
    }
}
$body = (string) file_get_contents('php://input');
$answerHeaders = [];
$ch = curl_init($upstream . $path);
curl_setopt_array($ch, [
    CURLOPT_CUSTOMREQUEST => $method,
    CURLOPT_HTTPHEADER => $headers,
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_HEADERFUNCTION => static function ($ch, string $line) use (&$answerHeaders): int {
        $parts = explode(':', $line, 2);
        if (count($parts) === 2) {
            $answerHeaders[strtolower(trim($parts[0]))] = trim($parts[1]);
        }
        return strlen($line);
    },
]);
if ($body !== '') {
    curl_setopt($ch, CURLOPT_POSTFIELDS, $body);
}
$answer = (string) curl_exec($ch);
$status = (int) curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
curl_close($ch);
file_put_contents($dir . '/seen.jsonl', json_encode([
    'method' => $method,
    'path' => $path,
    'idempotency_key' => $_SERVER['HTTP_IDEMPOTENCY_KEY'] ?? null,
    'status' => $status,
    'replayed' => $answerHeaders['idempotent-replayed'] ?? null,
]) . "\n", FILE_APPEND | LOCK_EX);
if ($method === 'POST' && str_starts_with($path, getenv('SCORE360_LOSE')) && !file_exists($dir . '/lost')) {
    touch($dir . '/lost');
    http_response_code(502);
    return true;
}
http_response_code($status);
foreach ($answerHeaders as $name => $value) {
    if (!in_array($name, ['transfer-encoding', 'connection', 'content-length'], true)) {
        header("{$name}: {$value}");
    }
}
echo $answer;
return true;
