import { chatbotSiteSuite } from './chatbot-suite';

chatbotSiteSuite('mistral');
