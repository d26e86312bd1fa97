import { Score360 } from "@score360/sdk";
const client = new Score360({ apiKey: process.env.SCORE360_KEY });
const result = await client.scores.create({ smeId: "SME_8421", sector: "commerce", windowDays: 90 });
console.log(result.score, result.grade); // 782 "A"
