// Types for the part of DocuSign's eSignature SDK (`docusign-esign`, which ships none) that the
// DocuSign provider uses (docusign.provider.ts).
declare module 'docusign-esign' {
  interface ApiClientOptions {
    basePath: string;
    oAuthBasePath: string;
  }

  class ApiClient {
    constructor(options: ApiClientOptions);
    requestJWTUserToken(clientId: string, userId: string, scopes: string[], rsaPrivateKey: Buffer, expiresIn: number): Promise<{ body: { access_token: string } }>;
    addDefaultHeader(header: string, value: string): void;
    setOAuthBasePath(oAuthBasePath: string): void;
  }

  interface EnvelopeDefinition {
    emailSubject: string;
    status: 'sent' | 'created';
    documents: { documentBase64: string; name: string; fileExtension: string; documentId: string }[];
    recipients: {
      signers: {
        email: string;
        name: string;
        recipientId: string;
        routingOrder?: string;
        clientUserId: string;
        tabs: { signHereTabs: { documentId: string; pageNumber: string; xPosition: string; yPosition: string }[] };
      }[];
    };
  }

  interface RecipientViewRequest {
    returnUrl: string;
    authenticationMethod: string;
    email: string;
    userName: string;
    clientUserId: string;
  }

  class EnvelopesApi {
    constructor(client: ApiClient);
    createEnvelope(accountId: string, options: { envelopeDefinition: EnvelopeDefinition }): Promise<{ envelopeId?: string; status?: string }>;
    createRecipientView(accountId: string, envelopeId: string, options: { recipientViewRequest: RecipientViewRequest }): Promise<{ url?: string }>;
    getDocument(accountId: string, envelopeId: string, documentId: string): Promise<Buffer | string>;
  }

  const docusign: { ApiClient: typeof ApiClient; EnvelopesApi: typeof EnvelopesApi };
  export default docusign;
}
