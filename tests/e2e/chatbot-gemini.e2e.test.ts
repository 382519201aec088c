import { chatbotSiteSuite } from './chatbot-suite';

chatbotSiteSuite('gemini');
