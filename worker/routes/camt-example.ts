/** The OpenAPI example of `POST /v1/connect/camt`: a one-entry camt.054 v2 notification. */
export const CAMT_EXAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02">
  <BkToCstmrDbtCdtNtfctn>
    <GrpHdr>
      <MsgId>NTF-SN010-20261201-000019</MsgId>
      <CreDtTm>2026-12-01T10:22:31</CreDtTm>
    </GrpHdr>
    <Ntfctn>
      <Id>NTF-000019</Id>
      <CreDtTm>2026-12-01T10:22:31</CreDtTm>
      <Acct>
        <Id><IBAN>SN08SN0100152000048500003035</IBAN></Id>
        <Ccy>XOF</Ccy>
      </Acct>
      <Ntry>
        <Amt Ccy="XOF">73500</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><DtTm>2026-12-01T10:22:05</DtTm></BookgDt>
        <ValDt><Dt>2026-12-01</Dt></ValDt>
        <AcctSvcrRef>SN010-2612010011</AcctSvcrRef>
        <NtryDtls>
          <TxDtls>
            <Refs>
              <AcctSvcrRef>SN010-2612010011</AcctSvcrRef>
              <EndToEndId>RESTO-KEUR-2026-1201</EndToEndId>
            </Refs>
            <AmtDtls><TxAmt><Amt Ccy="XOF">73500</Amt></TxAmt></AmtDtls>
            <RltdPties>
              <Dbtr><Nm>RESTAURANT KEUR NDEYE</Nm></Dbtr>
              <DbtrAcct><Id><IBAN>ML33ML0160120100099887766551</IBAN></Id></DbtrAcct>
            </RltdPties>
          </TxDtls>
        </NtryDtls>
      </Ntry>
    </Ntfctn>
  </BkToCstmrDbtCdtNtfctn>
</Document>
`;
