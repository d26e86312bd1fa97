// The API's types reach the front end through the zod schemas, which name the Worker's `Env`
// in passing; the browser code never touches it, so an empty shape is enough here.
type Env = object;
